/**
 * A chart as a self-contained SVG for download, print or an og:image: title, finding, legend,
 * the chart and its source line, on the page's background. Works on markup strings, so the same
 * code runs in the browser (downloads) and in Node (build-time images).
 */
import type { Theme } from '../charts/palette.ts';
import { escapeXmlAttribute, escapeXmlText } from './svgXml.ts';

export interface LegendItem {
  label: string;
  colour?: string;
  symbol?: string;
}

export interface ChartImageParts {
  title: string;
  finding: string;
  source: string;
  /** The chart's own `<svg>` as Plot drew it, serialised as XML by `svgToXml` (never `outerHTML`). */
  chartSvg: string;
  chartWidth: number;
  chartHeight: number;
  legend: LegendItem[];
  theme: Theme;
}

/**
 * White space a line may break at: `\s` without the no-break spaces (U+00A0, U+2007, U+202F) and
 * U+FEFF, which `\s` also matches, so "Walla\u00a0news" stays one word with its own space.
 */
const BREAKABLE_SPACE = /[\t\n\v\f\r \u1680\u2000-\u2006\u2008-\u200A\u2028\u2029\u205F\u3000]+/;

/** Break text into lines of about `chars` characters at spaces (SVG text does not wrap). */
export function wrap(text: string, chars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(BREAKABLE_SPACE).filter(Boolean)) {
    if (line && line.length + 1 + word.length > chars) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

const SYMBOL_PATH: Record<string, string> = {
  circle: '<circle cx="6" cy="-4" r="5"/>',
  triangle: '<path d="M6,-10L12,1L0,1Z"/>',
  square: '<rect x="1" y="-9" width="10" height="10"/>',
};

export function composeChartSvg(parts: ChartImageParts): string {
  const pad = 16;
  const width = Math.max(parts.chartWidth + 2 * pad, 320);
  const chars = Math.floor((width - 2 * pad) / 8.2);
  const fg = parts.theme === 'dark' ? '#ececec' : '#1a1a1a';
  const muted = parts.theme === 'dark' ? '#b3b3b3' : '#595959';
  const bg = parts.theme === 'dark' ? '#121212' : '#ffffff';
  const out: string[] = [];
  let y = pad;

  const block = (text: string, size: number, colour: string, weight = 400, perLine = chars) => {
    for (const line of wrap(text, Math.floor((perLine * 15) / size))) {
      y += size * 1.3;
      out.push(
        `<text x="${pad}" y="${y.toFixed(1)}" font-size="${size}" font-weight="${weight}" fill="${colour}">${escapeXmlText(line)}</text>`,
      );
    }
  };
  block(parts.title, 20, fg, 700);
  y += 4;
  block(parts.finding, 14, fg);
  y += 10;

  // Legend: one row of swatches and symbols, wrapping to more rows as needed.
  let x = pad;
  if (parts.legend.length > 0) y += 16;
  for (const item of parts.legend) {
    const w = 22 + item.label.length * 6.6 + 14;
    if (x + w > width - pad && x > pad) {
      x = pad;
      y += 20;
    }
    const mark = item.symbol
      ? (SYMBOL_PATH[item.symbol] ?? SYMBOL_PATH.circle)
      : '<rect x="0" y="-10" width="12" height="12"/>';
    out.push(
      `<g transform="translate(${x.toFixed(1)},${y.toFixed(1)})" fill="${escapeXmlAttribute(item.colour ?? fg)}">${mark}<text x="18" y="0" font-size="12" fill="${fg}">${escapeXmlText(item.label)}</text></g>`,
    );
    x += w;
  }
  y += 12;

  const chartTop = y;
  const chart = parts.chartSvg.replace(/^<svg\b/, `<svg x="${pad}" y="${chartTop.toFixed(1)}"`);
  out.push(`<g color="${fg}" fill="${fg}">${chart}</g>`);
  y = chartTop + parts.chartHeight + 8;
  block(parts.source, 12, muted);
  const height = Math.ceil(y + pad);

  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
    `font-family="system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif">` +
    `<title>${escapeXmlText(parts.title)}</title>` +
    `<rect width="100%" height="100%" fill="${bg}"/>` +
    out.join('') +
    '</svg>'
  );
}
