/**
 * Addresses of the same view in the dashboard and as an embed. Embeds are prerendered one page
 * per chart (`embed/<chart>.html`) so they show their chart without JavaScript; `embed.html?chart=`
 * draws any chart with JavaScript. Both take the dashboard's filter parameters.
 */

/** The site's root, from a page's address and its `ledger-root` (relative) setting. */
export function siteRoot(pageUrl: string, relativeRoot = './'): URL {
  return new URL(relativeRoot, pageUrl);
}

function withQuery(url: URL, query: string): string {
  url.search = query ? `?${query}` : '';
  return url.href;
}

export function dashboardUrl(root: URL, query: string, chartId?: string): string {
  const url = new URL('index.html', root);
  if (chartId) url.hash = chartId;
  return withQuery(url, query);
}

export function embedUrl(root: URL, chartId: string, query: string): string {
  return withQuery(new URL(`embed/${encodeURIComponent(chartId)}.html`, root), query);
}

export function resizeScriptUrl(root: URL): string {
  return new URL('embed-resize.js', root).href;
}
