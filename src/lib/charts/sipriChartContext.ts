/** What the SIPRI chart functions are given: a chart's context, with two marks more. */
import type * as FullPlot from '@observablehq/plot';
import type { ChartContext } from './chartContext.ts';

/**
 * These charts also draw lines and year bars, marks no page needs yet: plotParts.ts gains
 * `line` and `rectY` when the charts are put on a page, so that until then no page ships them.
 */
export type SipriChartContext = ChartContext & { Plot: Pick<typeof FullPlot, 'line' | 'rectY'> };
