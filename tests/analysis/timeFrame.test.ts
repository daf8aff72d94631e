import { describe, expect, it } from 'vitest';
import {
  dayNumber,
  gapDays,
  timeFrameOf,
  timeLabel,
  type TimeFrame,
} from '../../src/lib/analysis/timeFrame.ts';

const frame = (period_start: string | null, period_end: string | null, as_of: string | null) =>
  timeFrameOf({ period_start, period_end, as_of }) as TimeFrame;

describe('timeFrame', () => {
  it.each([
    [frame('2017', '2019', null), 'period', '2017-01-01', '2019-12-31', '2017–2019'],
    [frame('2020-10-01', '2020-10-01', null), 'period', '2020-10-01', '2020-10-01', '2020-10-01'],
    [frame(null, null, '2016'), 'as_of', '2016-01-01', '2016-12-31', 'as of 2016'],
    [frame(null, null, '2023-07'), 'as_of', '2023-07-01', '2023-07-31', 'as of 2023-07'],
  ])('%#: %s frame from %s to %s', (f, kind, from, to, text) => {
    expect(f.kind).toBe(kind);
    expect(f.from).toBe(dayNumber(from));
    expect(f.to).toBe(dayNumber(to));
    expect(f.text).toBe(text);
  });

  it('reports unreadable dates instead of guessing', () => {
    expect(timeFrameOf({ period_start: '2020-13', period_end: null, as_of: null })).toHaveProperty(
      'error',
    );
    expect(timeFrameOf({ period_start: '2020', period_end: '2019', as_of: null })).toHaveProperty(
      'error',
    );
    expect(timeFrameOf({ period_start: null, period_end: null, as_of: 'soon' })).toHaveProperty(
      'error',
    );
  });

  it('measures gaps in days, 0 for overlap, infinite for undated', () => {
    expect(gapDays(frame(null, null, '2020-10-01'), frame(null, null, '2020-10-05'))).toBe(4);
    expect(gapDays(frame('2015', '2019', null), frame(null, null, '2016'))).toBe(0);
    expect(gapDays(frame(null, null, null), frame(null, null, '2016'))).toBe(Infinity);
  });

  it.each([
    [[frame(null, null, '2020-10-01'), frame(null, null, '2020-10-05')], false, '2020-10'],
    [
      [frame('2015', '2019', null), frame('2017', '2019', null), frame(null, null, '2016')],
      false,
      '2015-2019',
    ],
    [[frame(null, null, '2016')], false, '2016'],
    [[frame('2020-09-17', '2020-10-01', null)], false, '2020-09-to-2020-10'],
    [
      [frame(null, null, '2020-10-01'), frame(null, null, '2020-10-02')],
      true,
      '2020-10-01-to-2020-10-02',
    ],
    [[frame(null, null, null)], false, 'undated'],
  ])('labels %j (fine: %s) as %s', (frames, fine, label) => {
    expect(timeLabel(frames, fine)).toBe(label);
  });
});
