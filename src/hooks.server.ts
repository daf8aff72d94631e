/**
 * The build's last step on every page it writes: its app starts after the first paint
 * (server/startAfterPaint.ts); then the check that no text from the ledger became markup
 * (security/checkPage.ts) and that the page's Content-Security-Policy allows every inline script
 * and style the page holds. A page that fails stops the build, naming the page and what it found.
 */
import { building } from '$app/environment';
import type { Handle } from '@sveltejs/kit';
import { startAfterPaint } from '$lib/server/startAfterPaint.ts';
import { checkPage } from '$lib/security/checkPage.ts';
import { inlineStyles } from '$lib/security/inlineStyles.ts';
import { pagePolicySources } from '$lib/security/pagePolicySources.ts';
import { sha256 } from '$lib/security/siteCsp.ts';

/** The site's own script files: relative addresses of scripts in the build's `_app/` folder. */
const isOwnScript = (src: string) => /^(\.\.?\/)+_app\/immutable\/[\w./-]+\.js$/.test(src);

function problems(html: string): string[] {
  const policy = pagePolicySources(html);
  const allowed = (directive: string, text: string) =>
    policy.get(directive)?.includes(`'${sha256(text)}'`) ?? false;
  const found = checkPage(html, {
    isOwnScript,
    isAllowedInline: (text) => allowed('script-src', text),
  });
  for (const style of inlineStyles(html))
    if (!allowed('style-src', style))
      found.push(`an inline style the page's policy does not allow: ${style.slice(0, 80)}`);
  return found;
}

export const handle: Handle = async ({ event, resolve }) => {
  if (!building) return resolve(event);
  return resolve(event, {
    transformPageChunk: ({ html, done }) => {
      // Prerendered pages arrive in one chunk (done); nothing streams.
      if (!done) return html;
      const page = startAfterPaint(html);
      const found = problems(page);
      if (found.length > 0)
        throw new Error(
          `${event.url.pathname}: the build refuses to write this page, ledger text became markup or escaped the policy:\n  ${found.join('\n  ')}`,
        );
      return page;
    },
  });
};
