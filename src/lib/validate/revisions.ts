/**
 * The `revises` column of claims.csv: a figure that replaces an earlier one of the same claimant
 * ("later revised to 36") names that claim. The analysis then reads the pair as a revision (the
 * earlier figure superseded, the later one standing) instead of one claimant saying two things at
 * once, so the link must join two figures that could be one statement corrected: the same
 * claimant, the same quantity (measure, counted party, subset, unit family) and the same moment.
 * That the named claim exists is the descriptor's foreign key (foreignKeys.ts); it is checked
 * here only when a descriptor does not declare that key. Each problem is reported at the
 * `revises` cell of the row to edit.
 */
import { unitEntry } from '../vocabulary/vocabulary.ts';
import type { CsvCell } from './csvRecords.ts';
import { problemAt, quote, type Problem } from './problem.ts';
import type { CheckedTable, Row } from './tableSchema.ts';

const FIELD = 'revises';

/** Case, accents and spacing do not make another claimant (as analysis/claimants.ts reads them). */
const sameName = (a: string, b: string) => {
  const norm = (s: string) =>
    s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .trim();
  return norm(a) === norm(b);
};

/** The columns two figures must share to be one quantity, with how to say a difference. */
const SAME_QUANTITY = ['measure', 'counted', 'subset'] as const;
const SAME_MOMENT = ['period_start', 'period_end', 'as_of'] as const;

const shown = (text: string | undefined) => (text ? quote(text) : 'empty');

export function checkRevisions(tables: readonly CheckedTable[]): Problem[] {
  const claims = tables.find((t) => t.resource.name === 'claims');
  if (!claims || !claims.resource.fields.some((f) => f.name === FIELD)) return [];
  const sources = tables.find((t) => t.resource.name === 'sources');
  const problems: Problem[] = [];
  const text = (row: Row, name: string): string | undefined => {
    const cell = row.cells.get(name);
    return cell && !claims.invalid.has(cell) ? cell.value : undefined;
  };
  const published = new Map<string, string>();
  for (const row of sources?.rows ?? []) {
    const id = row.cells.get('source_id')?.value;
    const day = row.cells.get('published')?.value;
    if (id && day) published.set(id, day);
  }
  const byId = new Map<string, Row>();
  for (const row of claims.rows) {
    const id = text(row, 'claim_id');
    if (id && !byId.has(id)) byId.set(id, row);
  }
  const keyed = claims.resource.foreignKeys.some(
    (fk) => fk.resource === '' && fk.fields.length === 1 && fk.fields[0] === FIELD,
  );
  // A revision's link, for the cycle check: only links whose target exists.
  const next = new Map<Row, Row>();

  for (const row of claims.rows) {
    const cell = row.cells.get(FIELD) as CsvCell | undefined;
    const target = cell && !claims.invalid.has(cell) ? cell.value : '';
    if (!cell || target === '') continue;
    const report = (message: string, expected: string) =>
      problems.push(problemAt({ file: claims.file, ...cell }, FIELD, message, expected));
    const id = text(row, 'claim_id');
    if (target === id) {
      report(
        `${quote(target)} is this claim's own id`,
        'the claim_id of the earlier figure this one replaces, or empty',
      );
      continue;
    }
    const earlier = byId.get(target);
    if (!earlier) {
      if (!keyed)
        report(
          `${quote(target)} is not a claim_id in ${claims.file}`,
          'the claim_id of the earlier figure this one replaces, or empty',
        );
      continue;
    }
    next.set(row, earlier);
    const where = `claim ${quote(target)} (line ${earlier.line})`;
    const side = text(row, 'claimant_side');
    const otherSide = text(earlier, 'claimant_side');
    const claimant = text(row, 'claimant') ?? '';
    const otherClaimant = text(earlier, 'claimant') ?? '';
    if (side !== otherSide || !sameName(claimant, otherClaimant)) {
      report(
        `names ${where}, by ${shown(otherClaimant)} (${otherSide ?? '?'}), but this figure is by ${shown(claimant)} (${side ?? '?'})`,
        'an earlier figure by the same claimant: only a claimant can revise its own figure',
      );
    }
    for (const name of SAME_QUANTITY) {
      const [mine, theirs] = [text(row, name) ?? '', text(earlier, name) ?? ''];
      if (mine !== theirs)
        report(
          `names ${where}, whose ${name} is ${shown(theirs)}, but this figure's is ${shown(mine)}`,
          `an earlier figure of the same measure, counted and subset: a revision replaces a figure for the same quantity`,
        );
    }
    const family = unitEntry(text(row, 'unit') ?? '')?.family;
    const otherFamily = unitEntry(text(earlier, 'unit') ?? '')?.family;
    if (family && otherFamily && family !== otherFamily)
      report(
        `names ${where}, counted in ${otherFamily} (${text(earlier, 'unit')}), but this figure is in ${family} (${text(row, 'unit')})`,
        'an earlier figure in the same unit family',
      );
    for (const name of SAME_MOMENT) {
      const [mine, theirs] = [text(row, name) ?? '', text(earlier, name) ?? ''];
      if (mine !== theirs)
        report(
          `names ${where}, whose ${name} is ${shown(theirs)}, but this figure's is ${shown(mine)}`,
          'an earlier figure for the same period or day: figures for different days are ordered by their dates, with no link',
        );
    }
    const [mineDay, theirDay] = [
      published.get(text(row, 'source_id') ?? ''),
      published.get(text(earlier, 'source_id') ?? ''),
    ];
    if (mineDay && theirDay && theirDay > mineDay)
      report(
        `names ${where}, printed on ${theirDay}, after this figure's article (${mineDay})`,
        'a figure printed on or before the day of this one: a revision replaces an earlier figure',
      );
  }

  // Cycles: follow each chain of links; a chain that comes back to a claim on it is reported
  // once, at the first of its rows in the file.
  const done = new Set<Row>();
  for (const start of claims.rows) {
    const path: Row[] = [];
    const onPath = new Set<Row>();
    let at: Row | undefined = start;
    while (at && !done.has(at) && !onPath.has(at)) {
      path.push(at);
      onPath.add(at);
      at = next.get(at);
    }
    if (at && onPath.has(at)) {
      const cycle = path.slice(path.indexOf(at));
      const first = cycle.reduce((a, b) => (b.line < a.line ? b : a));
      const from = cycle.indexOf(first);
      const ordered = [...cycle.slice(from), ...cycle.slice(0, from), first];
      const cell = first.cells.get(FIELD) as CsvCell;
      problems.push(
        problemAt(
          { file: claims.file, ...cell },
          FIELD,
          `links form a cycle: ${ordered.map((r) => text(r, 'claim_id') ?? `line ${r.line}`).join(' → ')}`,
          'each revision naming an earlier figure, so that the chain of revisions ends',
        ),
      );
    }
    for (const r of path) done.add(r);
  }
  return problems;
}
