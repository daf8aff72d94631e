/**
 * The parts of Plot the charts use, as one module the pages import on demand. A dynamic import of
 * Plot's own namespace would keep every mark and transform Plot has (about 50 kB gzip more); naming
 * the parts lets the bundler drop the rest. A chart needing another mark adds it here.
 */
export {
  arrow,
  barX,
  dot,
  frame,
  line,
  plot,
  rect,
  rectY,
  ruleX,
  ruleY,
  text,
} from '@observablehq/plot';
