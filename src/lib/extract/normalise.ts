/**
 * Typographic normalisation that keeps every character where it was: each replacement is one
 * UTF-16 unit for one, so an offset into the normalised text is an offset into the original, and
 * `figure_text` can always be cut from the text as printed.
 */

const REPLACEMENTS: Record<string, string> = {
  '\u00A0': ' ', // no-break space
  '\u2007': ' ', // figure space
  '\u2009': ' ', // thin space
  '\u200A': ' ', // hair space
  '\u202F': ' ', // narrow no-break space
  '\u2002': ' ',
  '\u2003': ' ',
  '\t': ' ',
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u2032': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u201F': '"',
  '\u00AB': '"',
  '\u00BB': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\uFE63': '-',
  '\uFF0D': '-',
};

const PATTERN = new RegExp(`[${Object.keys(REPLACEMENTS).join('')}]`, 'g');

/**
 * A narrow or no-break space between digit groups is a thousands separator ("2\u202F000"); it is
 * kept as U+202F so the tokenizer can read the number whole. Any other space is a space.
 */
export const THOUSANDS_SPACE = '\u202F';
const GROUP_SPACES = new Set(['\u00A0', '\u2009', '\u202F']);
const DIGIT = /\d/;
const GROUP_AFTER = /^\d{3}(?!\d)/;

/** Straight quotes, ASCII hyphens and plain spaces, with the same length as the input. */
export function normaliseTypography(text: string): string {
  return text.replace(PATTERN, (ch: string, offset: number) => {
    if (
      GROUP_SPACES.has(ch) &&
      DIGIT.test(text[offset - 1] ?? '') &&
      GROUP_AFTER.test(text.slice(offset + 1, offset + 5))
    ) {
      return THOUSANDS_SPACE;
    }
    return REPLACEMENTS[ch] ?? ch;
  });
}
