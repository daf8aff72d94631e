/**
 * The charts' type scale, the same sizes the page uses for its small text (app.css holds them as
 * `--type-small`, `--type-label` and `--type-story`; a test keeps the two in step): axis ticks and
 * units at 12 px, the labels beside marks at 13 px, and the words that carry the story (row
 * headings, the annotation of the finding) at 14 px. Nothing in a chart is smaller.
 *
 * Charts lay their labels out themselves, so they need the width of a text before the browser
 * draws it. The estimate is generous: it uses the widths of DejaVu Sans (what `system-ui` falls
 * back to on Linux, wider than the fonts of phones), digits included, so a label measured here
 * fits wherever it is drawn.
 */
export const TYPE = { small: 12, label: 13, story: 14 } as const;

/** Line height of wrapped chart text, in ems. */
export const LINE_HEIGHT = 1.2;

/** Average advance of one character, in ems: regular and bold. */
const EM = { regular: 0.62, bold: 0.7 } as const;

/** The estimated width of a line of text at a size, in pixels. */
export function textWidth(text: string, size: number, bold = false): number {
  return Array.from(text).length * size * EM[bold ? 'bold' : 'regular'];
}

/** Height of `lines` lines of text at a size, in pixels. */
export function linesHeight(lines: number, size: number): number {
  return lines * size * LINE_HEIGHT;
}

/**
 * Text broken into lines no wider than `width` pixels, at word boundaries; a word too long for a
 * line on its own is cut into pieces that fit.
 */
export function wrapText(text: string, width: number, size: number, bold = false): string[] {
  const perLine = Math.max(4, Math.floor(width / (size * EM[bold ? 'bold' : 'regular'])));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const pieces: string[] = [];
    const chars = Array.from(word);
    for (let i = 0; i < chars.length; i += perLine)
      pieces.push(chars.slice(i, i + perLine).join(''));
    for (const piece of pieces) {
      const joined = line ? `${line} ${piece}` : piece;
      if (Array.from(joined).length <= perLine) line = joined;
      else {
        if (line) lines.push(line);
        line = piece;
      }
    }
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

/**
 * The style every chart's SVG carries: the smallest size of the scale for anything not sized
 * itself (Plot's default is 10 px), and tabular figures, so numbers line up and do not jiggle.
 */
export function chartStyle(): Record<string, string> {
  return { fontSize: `${TYPE.small}px`, fontVariantNumeric: 'tabular-nums' };
}

/** The halo drawn behind a label, in the page's background colour. */
export function halo(theme: 'light' | 'dark') {
  return {
    stroke: theme === 'dark' ? '#121212' : '#ffffff',
    strokeWidth: 4,
    strokeLinejoin: 'round',
    paintOrder: 'stroke',
  } as const;
}
