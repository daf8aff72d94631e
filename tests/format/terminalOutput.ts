/**
 * For tests of the commands (`validate`, `report`, `extract`) on the hostile ledger: what they
 * print must hold nothing a terminal would act on or hide, and no line a screen cannot hold.
 */
import { expect } from 'vitest';
import { BIDI_AND_INVISIBLE } from '../fixtures/hostile-ledger/hostileTexts.ts';

/** The longest line a command may print (terminalText cuts quoted text far below this). */
export const SANE_LINE = 600;

/**
 * C0 controls but the line feed, DEL, C1 controls, and the bidi and invisible characters the
 * hostile ledger holds (written out here, not taken from the module under test), plus the marks.
 */
const RAW = new RegExp(
  `[\\u0000-\\u0009\\u000b-\\u001f\\u007f-\\u009f${BIDI_AND_INVISIBLE}\\u200e\\u200f\\u061c]`,
  'u',
);

export function expectTerminalSafe(output: string): void {
  const raw = RAW.exec(output);
  expect(
    raw &&
      `U+${raw[0].codePointAt(0)?.toString(16)} at ${raw.index}: ${JSON.stringify(output.slice(Math.max(0, raw.index - 60), raw.index + 20))}`,
    'a raw control, bidi or invisible character in the output',
  ).toBeNull();
  const longest = Math.max(0, ...output.split('\n').map((line) => [...line].length));
  expect(longest, 'longest line printed').toBeLessThanOrEqual(SANE_LINE);
}
