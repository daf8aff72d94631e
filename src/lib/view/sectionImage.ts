/**
 * A section drawn as a complete image (title, finding, legend, chart, source line): the SVG and
 * PNG downloads in the browser and the og:image at build time share this.
 */
import type * as PlotTypes from '@observablehq/plot';
import * as Plot from '../charts/plotParts.ts';
import { chartSvg } from '../charts/accessiblePlot.ts';
import type { Theme } from '../charts/palette.ts';
import { composeChartSvg, type LegendItem } from '../download/chartImage.ts';
import { svgToXml } from '../download/svgXml.ts';
import type { SectionModel } from './sections.ts';

type Format = (value: unknown) => string;

function legendItems(
  drawn: ReturnType<typeof Plot.plot>,
  options: PlotTypes.PlotOptions,
): LegendItem[] {
  const items: LegendItem[] = [];
  const colour = drawn.scale('color');
  const colourFormat = (options.color as { tickFormat?: Format } | undefined)?.tickFormat;
  if (colour?.domain && colour.range && (options.color as { legend?: boolean })?.legend) {
    const range = [...colour.range] as unknown[];
    [...colour.domain].forEach((value: unknown, i: number) =>
      items.push({
        label: typeof colourFormat === 'function' ? colourFormat(value) : String(value),
        colour: String(range[i] ?? ''),
      }),
    );
  }
  const symbol = options.symbol as
    { domain?: unknown[]; range?: string[]; tickFormat?: Format; legend?: boolean } | undefined;
  if (symbol?.legend && symbol.domain && symbol.range) {
    symbol.domain.forEach((value, i) =>
      items.push({
        label: typeof symbol.tickFormat === 'function' ? symbol.tickFormat(value) : String(value),
        symbol: symbol.range?.[i],
      }),
    );
  }
  return items;
}

export function sectionImageSvg(
  section: Pick<SectionModel, 'title' | 'finding' | 'source' | 'chart'>,
  { width, theme, document }: { width: number; theme: Theme; document?: Document },
): string {
  const options = section.chart({ width, theme, Plot });
  const drawn = Plot.plot({ ...options, width, document });
  const svg = chartSvg(drawn);
  if (!svg) throw new Error(`Plot drew no SVG for ${section.title}`);
  return composeChartSvg({
    title: section.title,
    finding: section.finding,
    source: section.source,
    // As XML: outerHTML writes a no-break space as `&nbsp;`, which no XML reader accepts.
    chartSvg: svgToXml(svg),
    chartWidth: Number(svg.getAttribute('width')) || width,
    chartHeight: Number(svg.getAttribute('height')) || 400,
    legend: legendItems(drawn, options),
    theme,
  });
}
