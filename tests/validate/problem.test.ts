import { describe, expect, it } from 'vitest';
import { appendProblems, problemAt, quote, type Problem } from '../../src/lib/validate/problem.ts';

describe('quote', () => {
  it('shows control characters as JSON escapes, DEL and C1 included', () => {
    expect(quote('a\u001b[31mb\u0007\u007f\u009b')).toBe('"a\\u001b[31mb\\u0007\\u007f\\u009b"');
  });

  it('shows bidi and invisible characters as markers, never raw', () => {
    expect(quote('Armenia \u202Eredro\u202C zero\u200Bwidth')).toBe(
      '"Armenia ⟨U+202E⟩redro⟨U+202C⟩ zero⟨U+200B⟩width"',
    );
  });

  it('cuts long text to 60 characters', () => {
    expect(quote('W'.repeat(20_000))).toBe(`"${'W'.repeat(59)}…"`);
  });
});

describe('appendProblems', () => {
  it('appends 300,000 problems without overflowing the stack (spreading them would)', () => {
    const one = problemAt({ file: 'f', line: 1, column: 1 }, 'x', 'is bad', 'good');
    const many: Problem[] = Array.from({ length: 300_000 }, () => one);
    expect(() => [].push(...(many as never[]))).toThrow(RangeError);
    const all: Problem[] = [one];
    appendProblems(all, many, [one]);
    expect(all).toHaveLength(300_002);
  });
});
