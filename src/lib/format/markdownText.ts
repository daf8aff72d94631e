/**
 * Markdown that holds ledger text as text. The notebooks display their conclusions as Markdown,
 * which nbconvert renders with mistune 0.8: raw HTML passes straight through, and backslash escapes
 * are unreliable (`\<` stays `\<`, `\$` stays `\$`). A numeric character reference (`&#60;`) is the
 * one form that mistune never reads as syntax, that HTML shows as the character itself, and that
 * survives nbconvert's heading anchors (it parses headings as XML). So in ledger text every
 * character but an ASCII letter or digit, or a visible non-ASCII character, becomes one.
 *
 * `safeMd` is a tagged template: what is written in code is Markdown, every `${value}` is text.
 * (Not `md`: Prettier would reformat a template with that tag as Markdown.)
 *
 *     safeMd`**${claimant}** says ${mdCode(claim.claim_id)}`
 */
import { visibleText } from './visibleText.ts';

/** Markdown source (`source`) and the same content as plain text (`text`, for `text/plain`). */
export class Markdown {
  constructor(
    readonly source: string,
    readonly text: string,
  ) {}
}

const LITERAL = /^[A-Za-z0-9]$/;
const WHITESPACE = /^\s$/u;

/** Text as Markdown (and HTML) source that renders as exactly that text, hidden characters made visible. */
export function markdownText(text: string): string {
  let out = '';
  for (const char of visibleText(text)) {
    const code = char.codePointAt(0) ?? 0;
    // Markdown's syntax is all ASCII punctuation and whitespace (mistune's \s includes NBSP):
    // letters, digits and visible non-ASCII characters are the only ones that are never syntax.
    out += LITERAL.test(char) || (code > 0x7f && !WHITESPACE.test(char)) ? char : `&#${code};`;
  }
  return out;
}

const part = (value: unknown): Markdown =>
  value instanceof Markdown ? value : new Markdown(markdownText(String(value)), String(value));

/** Markdown written in code, with every interpolated value as text (a `Markdown` value as is). */
export function safeMd(strings: TemplateStringsArray, ...values: unknown[]): Markdown {
  let source = strings[0] ?? '';
  let text = strings[0] ?? '';
  values.forEach((value, i) => {
    const { source: s, text: t } = part(value);
    source += s + (strings[i + 1] ?? '');
    text += t + (strings[i + 1] ?? '');
  });
  return new Markdown(source, text);
}

/**
 * Text as inline code. Markdown's own code spans show character references literally, so this
 * writes the HTML element, which mistune passes through with the references intact.
 */
export function mdCode(text: string): Markdown {
  return new Markdown(`<code>${markdownText(text)}</code>`, text);
}

/** Markdown pieces joined by a separator written in code (`'\n'`, `', '`). */
export function joinMarkdown(parts: readonly Markdown[], separator: string): Markdown {
  return new Markdown(
    parts.map((p) => p.source).join(separator),
    parts.map((p) => p.text).join(separator),
  );
}

/** The source of Markdown built with `safeMd`; a plain string is refused, since it may hold markup. */
export function markdownSource(value: unknown): string {
  if (!(value instanceof Markdown)) {
    throw new TypeError(
      'Markdown for display must be built with safeMd`…` (src/lib/format/markdownText.ts), which ' +
        'escapes ledger text; got a plain string.',
    );
  }
  return value.source;
}
