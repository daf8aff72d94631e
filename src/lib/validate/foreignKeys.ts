/** Foreign keys of the descriptor: every reference names a row that exists in its table. */
import type { CheckedTable } from './tableSchema.ts';
import { listOf, problemAt, quote, type Problem } from './problem.ts';

export function checkForeignKeys(tables: readonly CheckedTable[]): Problem[] {
  const problems: Problem[] = [];
  for (const table of tables) {
    const missingValues = new Set(table.resource.missingValues);
    for (const fk of table.resource.foreignKeys) {
      const target =
        fk.resource === '' ? table : tables.find((t) => t.resource.name === fk.resource);
      // An unknown resource is a descriptor problem, reported when the descriptor is read.
      if (!target) continue;
      const existing = new Set(
        target.rows.map((row) =>
          JSON.stringify(fk.referenceFields.map((n) => row.cells.get(n)?.value)),
        ),
      );
      const shownValues = [...existing].map((k) => (JSON.parse(k) as string[]).join(', '));
      for (const row of table.rows) {
        const cells = fk.fields.map((n) => row.cells.get(n));
        if (
          cells.some((c) => c === undefined || missingValues.has(c.value) || table.invalid.has(c))
        )
          continue;
        const values = cells.map((c) => c?.value);
        if (existing.has(JSON.stringify(values))) continue;
        const cell = cells[0];
        if (!cell) continue;
        problems.push(
          problemAt(
            { file: table.file, line: cell.line, column: cell.column },
            fk.fields.join('+'),
            `${values.map((v) => quote(v ?? '')).join(', ')} is not a ${fk.referenceFields.join(', ')} in ${target.file}`,
            `one of: ${listOf(shownValues)}`,
          ),
        );
      }
    }
  }
  return problems;
}
