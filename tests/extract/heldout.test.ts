/**
 * The held-out evaluation (tests/fixtures/extract-heldout/): the targets of issue 16 hold on
 * Wikipedia paragraphs the rules were not written against. The table is printed for the record;
 * `npm run bench -- extract-quality` prints it too.
 */
import { describe, expect, it } from 'vitest';
import { evaluateSplit, qualityRows } from './heldoutFixture.ts';

const share = (rows: ReturnType<typeof qualityRows>, field: string) =>
  rows.find((r) => r.field === field)?.share ?? 0;

describe('held-out evaluation', () => {
  const result = evaluateSplit('heldout');
  const rows = qualityRows(result);
  console.log(
    rows.map((r) => `${r.field}: ${r.right}/${r.of} (${(r.share * 100).toFixed(1)}%)`).join('\n'),
  );

  it.each([
    ['figures found (recall)', 0.95],
    ['candidates that are figures (precision)', 0.9],
    ['unit family', 0.9],
    ['qualifier', 0.95],
    ['claimant side', 0.85],
    ['claimant side, warring-side claims', 0.85],
  ] as const)('%s ≥ %s', (field, target) => {
    expect(share(rows, field)).toBeGreaterThanOrEqual(target);
  });
});
