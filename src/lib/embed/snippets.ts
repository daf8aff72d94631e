/**
 * The embed codes an editor copies into an article. Two kinds:
 *
 * - the plain iframe works in any CMS, including those that strip scripts: fixed default height,
 *   full column width, lazy-loaded;
 * - the responsive iframe adds `data-ledger-embed` and `embed-resize.js`, which sizes the frame to
 *   its content whenever the embed reports a new height.
 *
 * Everything interpolated is escaped for a double-quoted attribute, and both addresses must be
 * absolute http(s): a `javascript:` or relative address in an embed code would run in, or point
 * into, the host page.
 */
import { safeHref } from '../format/safeHref.ts';
import { MAX_EMBED_HEIGHT, MIN_EMBED_HEIGHT } from './heightMessage.ts';

export interface IframeOptions {
  /** Address of the embed page, with its chart id and filters in the query. */
  src: string;
  /** Accessible name of the frame, e.g. the chart's title. */
  title: string;
  /** Default height in CSS pixels, before (or without) resizing. */
  height: number;
}

export interface ResponsiveIframeOptions extends IframeOptions {
  /** Absolute address of `embed-resize.js` as the build serves it. */
  scriptSrc: string;
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

function escapeAttribute(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

function absoluteHttp(url: string, what: string): string {
  const href = safeHref(url);
  if (href === null) throw new TypeError(`${what} must be an absolute http(s) address: ${url}`);
  return href;
}

function iframe(opts: IframeOptions, extraAttribute: string): string {
  const src = absoluteHttp(opts.src, 'src');
  // One line, no control characters: a title is an accessible name, not a layout.
  const title = opts.title.replace(/[\s\p{Cc}]+/gu, ' ').trim();
  if (title === '') throw new TypeError('an embedded chart needs a title');
  const { height } = opts;
  if (!Number.isInteger(height) || height < MIN_EMBED_HEIGHT || height > MAX_EMBED_HEIGHT) {
    throw new RangeError(
      `height must be an integer from ${MIN_EMBED_HEIGHT} to ${MAX_EMBED_HEIGHT}, got ${height}`,
    );
  }
  return (
    `<iframe${extraAttribute} src="${escapeAttribute(src)}" title="${escapeAttribute(title)}"` +
    ` height="${height}" loading="lazy" style="width:100%;border:0;"></iframe>`
  );
}

/** An iframe with a title, full width, the given default height, lazy loading and no border. */
export function plainIframe(opts: IframeOptions): string {
  return iframe(opts, '');
}

/** The same iframe marked for `embed-resize.js`, followed by the script that resizes it. */
export function responsiveIframe(opts: ResponsiveIframeOptions): string {
  const scriptSrc = absoluteHttp(opts.scriptSrc, 'scriptSrc');
  return `${iframe(opts, ' data-ledger-embed')}\n<script async src="${escapeAttribute(scriptSrc)}"></script>`;
}
