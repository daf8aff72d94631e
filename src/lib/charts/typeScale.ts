/**
 * The charts' type scale, the same sizes the page uses for its small text (app.css holds them as
 * `--type-small`, `--type-label` and `--type-story`; a test keeps the two in step): axis ticks and
 * units at 12 px, the labels beside marks at 13 px, and the words that carry the story (row
 * headings, the annotation of the finding) at 14 px. Nothing in a chart is smaller.
 *
 * Charts lay their labels out themselves, so they need the width of a text before the browser
 * draws it. The estimate uses the widths of DejaVu Sans, character by character (what `system-ui`
 * falls back to on Linux, wider than the fonts of phones), so a label measured here fits wherever
 * it is drawn.
 */
export const TYPE = { small: 12, label: 13, story: 14 } as const;

/** Line height of wrapped chart text, in ems. */
export const LINE_HEIGHT = 1.2;

/**
 * Advances of the printable ASCII characters (space to tilde) in DejaVu Sans, in ems, regular and
 * bold, as Chromium measures them (rounded up); the layout test checks every chart label drawn
 * against them. A few common signs beyond ASCII have their own; any other character counts as
 * wide as the widest letters, so a label in another script is over- rather than underestimated.
 */
const ASCII = {
  regular: [
    0.33, 0.41, 0.47, 0.84, 0.65, 0.95, 0.79, 0.28, 0.4, 0.4, 0.51, 0.84, 0.33, 0.36, 0.33, 0.35,
    0.65, 0.65, 0.65, 0.65, 0.65, 0.65, 0.65, 0.65, 0.65, 0.65, 0.35, 0.35, 0.84, 0.84, 0.84, 0.54,
    1, 0.69, 0.69, 0.7, 0.78, 0.64, 0.58, 0.78, 0.76, 0.29, 0.29, 0.67, 0.57, 0.86, 0.76, 0.8, 0.6,
    0.8, 0.69, 0.64, 0.61, 0.73, 0.69, 0.99, 0.69, 0.61, 0.69, 0.4, 0.35, 0.4, 0.84, 0.51, 0.51,
    0.61, 0.64, 0.56, 0.64, 0.62, 0.35, 0.64, 0.64, 0.29, 0.29, 0.58, 0.29, 0.97, 0.64, 0.61, 0.64,
    0.64, 0.41, 0.53, 0.4, 0.64, 0.59, 0.82, 0.59, 0.59, 0.53, 0.65, 0.35, 0.65, 0.84,
  ],
  bold: [
    0.35, 0.47, 0.53, 0.84, 0.7, 1, 0.88, 0.32, 0.47, 0.47, 0.53, 0.84, 0.39, 0.42, 0.39, 0.38, 0.7,
    0.7, 0.7, 0.7, 0.7, 0.7, 0.7, 0.7, 0.7, 0.7, 0.41, 0.41, 0.84, 0.84, 0.84, 0.58, 1, 0.78, 0.77,
    0.73, 0.83, 0.69, 0.69, 0.82, 0.84, 0.38, 0.38, 0.78, 0.65, 1, 0.84, 0.85, 0.73, 0.85, 0.78,
    0.72, 0.69, 0.82, 0.78, 1.1, 0.78, 0.72, 0.73, 0.47, 0.38, 0.47, 0.84, 0.51, 0.51, 0.68, 0.72,
    0.59, 0.72, 0.69, 0.45, 0.72, 0.71, 0.35, 0.35, 0.68, 0.35, 1.04, 0.71, 0.69, 0.72, 0.72, 0.49,
    0.6, 0.48, 0.71, 0.66, 0.93, 0.66, 0.66, 0.58, 0.71, 0.38, 0.71, 0.84,
  ],
} as const;
const OTHER: Record<'regular' | 'bold', Readonly<Record<string, number>>> = {
  regular: {
    '’': 0.32,
    '·': 0.32,
    '–': 0.51,
    '—': 1.0,
    '…': 1.0,
    '→': 0.84,
    '↑': 0.84,
    '×': 0.84,
    é: 0.62,
    ü: 0.64,
    Ä: 0.69,
    ş: 0.53,
    ə: 0.62,
    Ə: 0.79,
    '₽': 0.64,
    '€': 0.64,
    '£': 0.64,
    '“': 0.52,
    '”': 0.52,
    '‘': 0.32,
  },
  bold: {
    '’': 0.38,
    '·': 0.38,
    '–': 0.51,
    '—': 1.0,
    '…': 1.0,
    '→': 0.84,
    '↑': 0.84,
    '×': 0.84,
    é: 0.68,
    ü: 0.72,
    Ä: 0.78,
    ş: 0.6,
    ə: 0.68,
    Ə: 0.85,
    '₽': 0.7,
    '€': 0.7,
    '£': 0.7,
    '“': 0.66,
    '”': 0.66,
    '‘': 0.38,
  },
};
const WIDE = { regular: 1.0, bold: 1.25 } as const;

/** The advance of one character, in ems. */
function advance(ch: string, weight: 'regular' | 'bold'): number {
  const code = ch.codePointAt(0) ?? 0;
  if (code >= 32 && code < 127) return ASCII[weight][code - 32] ?? WIDE[weight];
  return OTHER[weight][ch] ?? WIDE[weight];
}

/** The estimated width of a line of text at a size, in pixels (never narrower than drawn). */
export function textWidth(text: string, size: number, bold = false): number {
  const weight = bold ? 'bold' : 'regular';
  let em = 0;
  for (const ch of text) em += advance(ch, weight);
  return em * size;
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
  const room = Math.max(width, size * 4);
  const fits = (t: string) => textWidth(t, size, bold) <= room;
  const lines: string[] = [];
  let line = '';
  // A no-break space binds: "2 %" stays on one line.
  for (const word of text.split(/[^\S\u00a0]+/).filter(Boolean)) {
    // A word wider than a line, cut into pieces that fit.
    const pieces: string[] = [];
    let piece = '';
    for (const ch of word) {
      if (piece && !fits(piece + ch)) {
        pieces.push(piece);
        piece = '';
      }
      piece += ch;
    }
    if (piece) pieces.push(piece);
    for (const p of pieces) {
      const joined = line ? `${line} ${p}` : p;
      if (fits(joined)) line = joined;
      else {
        if (line) lines.push(line);
        line = p;
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

/**
 * A direct label's text options: lines hang from the label's y, at a size and weight of the
 * scale, in the text colour over the page-coloured halo.
 */
export function labelText(size: number, bold: boolean, theme: 'light' | 'dark') {
  return {
    lineAnchor: 'top',
    lineHeight: 1.2,
    fontSize: size,
    fontWeight: bold ? 700 : 400,
    fill: 'currentColor',
    ...halo(theme),
  } as const;
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
