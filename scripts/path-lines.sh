#!/usr/bin/env bash
# Lines on the path from model to pixels (issue 17): the home-made prerenderer at REV (default
# 506d002, the last main commit before the move to SvelteKit) against the SvelteKit layout in the
# working tree: every line (wc -l), and code lines (no blank line, no line of a comment). Run from
# the repository's top: bash scripts/path-lines.sh [REV]
set -euo pipefail
rev=${1:-506d002}

# What each side needs to get from the ledger's model to a drawn, live chart: booting the page,
# PlotFigure and what it calls to draw, defer and choose points, prerendering, the model's
# way into the pages, deciding which charts to redraw, and the build's configuration. The embed's classic-script build
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
  vite.config.ts svelte.config.js
)
after=(
  src/routes/+page.svelte src/lib/embed/embedScript.ts src/lib/embed/EmbedScript.svelte src/hooks.ts
  src/lib/charts/plotApi.svelte.ts
  src/lib/components/PlotFigure.svelte src/lib/components/idleTask.ts
  src/lib/components/chartWidth.svelte.ts src/lib/charts/serverPlot.ts
  src/routes/+layout.server.ts src/routes/+page.server.ts src/routes/+page.ts src/routes/embed/+page.ts
  src/routes/model.json/+server.ts src/lib/view/fetchModel.ts src/lib/server/startAfterPaint.ts
  src/lib/components/afterFirstPaint.ts src/lib/embed/embedStart.ts
  'src/routes/embed/[chart]/+page.server.ts' src/hooks.server.ts
  src/lib/server/ledgerModel.ts
  src/lib/view/unchangedSections.ts
  vite.config.ts svelte.config.js
)
extra=$(ls src/lib/charts/choosablePoints.ts 2>/dev/null || true)

# Code lines: not blank, not in a // line, a /* */ block or an <!-- --> block that opens the line.
code() {
  awk '/^[[:space:]]*$/ { next }
    html { if (/-->/) html = 0; next }
    /^[[:space:]]*<!--/ { if (!/-->/) html = 1; next }
    block { if (/\*\//) block = 0; next }
    /^[[:space:]]*\/\*/ { if (!/\*\//) block = 1; next }
    /^[[:space:]]*\/\// { next }
    { n++ } END { print n + 0 }'
}
# The model module inside the after side's classic-embed plugin, doc comment to closing brace.
model() {
  awk '/^\/\*\* `import model from/ { on = 1 } on { print } on && /^}/ { exit }' \
    scripts/vite-plugin-classic-embed.ts
}

printf '%5s %5s  %s\n' lines code file
total() {
  local side=$1 lines=0 codes=0 l c
  shift
  for f in "$@"; do
    if [ "$side" = before ]; then text=$(git show "$rev:$f"); f="$f (at $rev)"
    elif [ "$f" = modelModule ]; then text=$(model); f='scripts/vite-plugin-classic-embed.ts: modelModule()'
    else text=$(cat "$f"); fi
    l=$(printf '%s\n' "$text" | wc -l)
    c=$(printf '%s\n' "$text" | code)
    printf '%5d %5d  %s\n' "$l" "$c" "$f"
    lines=$((lines + l)) codes=$((codes + c))
  done
  printf '%5d %5d  %s\n\n' "$lines" "$codes" "$side, in all"
}
total before "${before[@]}"
total after "${after[@]}" $extra modelModule
