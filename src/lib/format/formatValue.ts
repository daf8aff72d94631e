/** Numbers as people read them: 375 million, 1,900, 40 %, 4,400 km². */
import type { Qualifier, Unit } from '../data/types.ts';
import { unitEntry } from '../vocabulary/vocabulary.ts';

const plain = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
const compact = new Intl.NumberFormat('en-GB', {
  notation: 'compact',
  compactDisplay: 'long',
  maximumFractionDigits: 2,
});

/** A bare number: words for millions and above, separators below. */
export function formatNumber(value: number): string {
  return Math.abs(value) >= 1_000_000 ? compact.format(value) : plain.format(value);
}

/** A value with its unit, for tables, tooltips and text alternatives: "US$375 million", "1 tank". */
export function formatValue(value: number | null, unit: Unit): string {
  if (value === null || !Number.isFinite(value)) return 'unknown';
  const n = formatNumber(value);
  const entry = unitEntry(unit);
  if (!entry) return `${n} ${unit}`;
  if (entry.symbol) return `${entry.symbol.prefix ?? ''}${n}${entry.symbol.suffix ?? ''}`;
  return `${n} ${value === 1 ? entry.singular : entry.plural}`;
}

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** A date as printed for readers, keeping its precision: 2016, July 2023, 5 October 2020. */
export function formatDate(iso: string | null): string {
  if (!iso) return 'unknown';
  const [y, m, d] = iso.split('-');
  if (!m) return y ?? iso;
  const month = MONTH_NAMES[Number(m) - 1] ?? m;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

type Bounds = {
  value: number;
  unit: Unit;
  qualifier: Qualifier;
  low: number | null;
  high: number | null;
};

/** The value as its wording bounds it: "at least 350 people", "24–99 people (vague word)". */
export function formatBounded({ value, unit, qualifier, low, high }: Bounds): string {
  const words: Partial<Record<Bounds['qualifier'], string>> = {
    at_least: 'at least',
    more_than: 'more than',
    nearly: 'nearly',
    about: 'about',
    up_to: 'up to',
  };
  if ((qualifier === 'range' || qualifier === 'vague') && low !== null && high !== null) {
    const span = `${formatNumber(low)}–${formatValue(high, unit)}`;
    return qualifier === 'vague' ? `${span} (vague word)` : span;
  }
  const word = words[qualifier];
  return word ? `${word} ${formatValue(value, unit)}` : formatValue(value, unit);
}
