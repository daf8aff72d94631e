/**
 * Colours and shapes shared by every chart. Okabe–Ito hues, which stay distinct for the common
 * colour-vision deficiencies; each side has a light- and a dark-mode shade with at least 3:1
 * contrast against the page background, and shape (lens) never depends on colour alone.
 */
import type { Side } from '../data/types.ts';

export type Theme = 'light' | 'dark';

const SIDE_COLOURS: Record<Theme, Record<Side, string>> = {
  light: {
    armenia: '#C27A00',
    azerbaijan: '#0072B2',
    israel: '#D55E00',
    turkey: '#3C8DBC',
    international: '#7A6A00',
    independent: '#007A5A',
    press: '#B0508A',
    unknown: '#6E6E6E',
  },
  dark: {
    armenia: '#E69F00',
    azerbaijan: '#56B4E9',
    israel: '#FF8A3D',
    turkey: '#9AD0F0',
    international: '#F0E442',
    independent: '#33C49A',
    press: '#E59CC8',
    unknown: '#A6A6A6',
  },
};

export function sideColour(side: Side, theme: Theme): string {
  return SIDE_COLOURS[theme][side];
}

/** Plot colour scale options for the sides present in a chart, in a fixed order. */
export function sideScale(sides: readonly Side[], theme: Theme) {
  return { domain: [...sides], range: sides.map((s) => sideColour(s, theme)) };
}

/** Mark shape per lens: who is speaking about whom. */
export const LENS_SYMBOL: Record<string, string> = {
  self_reported: 'circle',
  adversary: 'triangle',
  third_party: 'square',
};
