import { describe, expect, it } from 'vitest';
import { widestRowAnnotation } from '../../src/lib/view/annotations.ts';
import type { ViewClaim } from '../../src/lib/view/viewClaim.ts';

const claim = (over: Partial<ViewClaim>): ViewClaim =>
  ({
    claim_id: 'x',
    claimant: 'A',
    qualifier: 'exact',
    unit: 'tanks',
    center: 1,
    group_id: 'g1',
    verdict: 'contradict',
    ...over,
  }) as ViewClaim;
const row = () => 'Armenian tanks';

describe('widestRowAnnotation', () => {
  it('brackets the figures of one comparison group from different claimants', () => {
    const notes = widestRowAnnotation(
      [claim({ claimant: 'A', center: 10 }), claim({ claimant: 'B', center: 100 })],
      row,
    );
    expect(notes).toEqual([
      { row: 'Armenian tanks', from: 10, to: 100, text: expect.stringMatching(/^10 times higher/) },
    ]);
  });

  it('never sets figures of different time frames or measures (different groups) against each other', () => {
    expect(
      widestRowAnnotation(
        [
          claim({ claimant: 'A', center: 1, group_id: 'one-day' }),
          claim({ claimant: 'B', center: 78, group_id: 'whole-war' }),
        ],
        row,
      ),
    ).toEqual([]);
    expect(
      widestRowAnnotation(
        [claim({ claimant: 'A', center: 1, group_id: null }), claim({ claimant: 'B', center: 78 })],
        row,
      ),
    ).toEqual([]);
  });

  it('brackets no group whose figures the engine found to agree or not to compare', () => {
    for (const verdict of ['agree', 'not_comparable', 'single_source', null])
      expect(
        widestRowAnnotation(
          [
            claim({ claimant: 'A', center: 5, verdict }),
            claim({ claimant: 'B', center: 9, verdict }),
          ],
          row,
        ),
      ).toEqual([]);
  });

  it('takes no multiple of a vague word', () => {
    expect(
      widestRowAnnotation(
        [
          claim({ claimant: 'A', center: 5, qualifier: 'vague' }),
          claim({ claimant: 'B', center: 737 }),
        ],
        row,
      ),
    ).toEqual([]);
  });
});
