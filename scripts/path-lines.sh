#!/usr/bin/env bash
# Lines on the path from model to pixels (issue 17): the home-made prerenderer at REV (default
# 506d002, the last main commit before the move to SvelteKit) against the SvelteKit layout in the
# working tree. Every line counts, comments and blank lines too (wc -l). Run from the repository's
# top: bash scripts/path-lines.sh [REV]
set -euo pipefail
rev=${1:-506d002}

# What each side needs to get from the ledger's model to a drawn, live chart: booting the page,
# PlotFigure and what it calls to draw, defer and choose points, prerendering, the model's
# way into the pages, and deciding which charts to redraw. The embed's classic-script build
# (scripts/vite-plugin-classic-embed.ts) exists on both sides and is left out of both, except
# the model module the after side keeps in it (counted below).
before=(
  src/main.ts src/mainEmbed.ts src/bootDashboard.ts src/bootEmbed.ts
  src/lib/boot/afterFirstPaint.ts src/lib/boot/chartWidth.ts src/lib/boot/classicScript.ts
  src/lib/boot/mountLive.ts src/lib/boot/prerendered.ts
  src/lib/charts/plotApi.svelte.ts
  src/lib/components/PlotFigure.svelte src/lib/components/idleTask.ts
  src/entry-server.ts scripts/prerender.ts src/lib/charts/plotDocument.ts
  scripts/vite-plugin-ledger-model.ts
  src/lib/view/drawKey.ts
)
after=(
  src/routes/+page.svelte src/lib/embed/embedScript.ts src/lib/embed/EmbedScript.svelte src/hooks.ts
  src/lib/charts/plotApi.svelte.ts
  src/lib/components/PlotFigure.svelte src/lib/components/idleTask.ts
  src/lib/components/chartWidth.svelte.ts src/lib/charts/serverPlot.ts
  src/routes/+layout.server.ts src/routes/+page.server.ts src/routes/embed/+page.ts
  'src/routes/embed/[chart]/+page.server.ts' src/hooks.server.ts svelte.config.js
  src/lib/server/ledgerModel.ts
  src/lib/view/unchangedSections.ts
)
extra=$(ls src/lib/charts/choosablePoints.ts 2>/dev/null || true)

count_before=0
for f in "${before[@]}"; do
  n=$(git show "$rev:$f" | wc -l)
  printf '%5d  %s (at %s)\n' "$n" "$f" "$rev"
  count_before=$((count_before + n))
done
count_after=0
for f in "${after[@]}" $extra; do
  n=$(wc -l <"$f")
  printf '%5d  %s\n' "$n" "$f"
  count_after=$((count_after + n))
done
# The model module inside the classic-embed plugin, from its doc comment to its closing brace.
model=$(awk '/^\/\*\* `import model from/{on=1} on{n++} on&&/^}/{print n; exit}' \
  scripts/vite-plugin-classic-embed.ts)
printf '%5d  %s\n' "${model:-0}" 'scripts/vite-plugin-classic-embed.ts: modelModule()'
count_after=$((count_after + ${model:-0}))
echo "before: $count_before  after: $count_after"
