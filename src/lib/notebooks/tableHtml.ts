/**
 * An Arquero table as the HTML a notebook displays. Arquero's `toHTML` escapes `&`, `<` and `>` in
 * cells but writes column names as they are (a pivot turns ledger values into column names) and
 * leaves bidi and invisible characters in place: here every name is escaped and every text cell
 * shows its hidden characters (src/lib/format/visibleText.ts). Empty cells stay empty.
 */
import type { ColumnTable } from 'arquero';
import { visibleText } from '../format/visibleText.ts';

type Options = NonNullable<Parameters<ColumnTable['toHTML']>[0]>;
type Format = (value: unknown) => unknown;

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Whether a column holds text (or lists and objects, which Arquero writes as JSON). */
const holdsText = (table: ColumnTable, name: string) =>
  Array.from(table.array(name) as ArrayLike<unknown>).some(
    (v) => typeof v === 'string' || (typeof v === 'object' && v !== null && !(v instanceof Date)),
  );

/** The cell format: the caller's, or for text the value itself, with hidden characters shown. */
function cellFormat(table: ColumnTable, name: string, given: unknown): unknown {
  if (typeof given === 'function') return (v: unknown) => visibleText(String((given as Format)(v)));
  if (given !== undefined || !holdsText(table, name)) return given;
  return (v: unknown) => visibleText(typeof v === 'string' ? v : JSON.stringify(v));
}

export function tableHtml(table: ColumnTable, options: Options = {}): string {
  const names = table.columnNames();
  const safe = new Map(names.map((name) => [name, escapeHtml(visibleText(name))]));
  // Format and alignment options follow the columns to their escaped names.
  const rekey = (value: (name: string) => unknown) =>
    Object.fromEntries(
      names
        .map((name) => [safe.get(name) as string, value(name)] as const)
        .filter(([, v]) => v !== undefined),
    );
  const format = options.format as Record<string, unknown> | undefined;
  const align = options.align as Record<string, unknown> | undefined;
  return table.rename(Object.fromEntries(safe)).toHTML({
    null: () => '',
    ...options,
    format: rekey((name) => cellFormat(table, name, format?.[name])) as Options['format'],
    align: rekey((name) => align?.[name]) as Options['align'],
  });
}
