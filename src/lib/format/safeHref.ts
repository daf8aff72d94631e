/**
 * Svelte writes an href exactly as given, so every address from the data passes through here:
 * only absolute http(s) URLs survive; `javascript:`, `data:` and relative addresses become null.
 */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
