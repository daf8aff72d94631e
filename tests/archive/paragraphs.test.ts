import { describe, expect, it } from 'vitest';
import { paragraphAt, paragraphs } from '../../src/lib/archive/paragraphs.ts';

describe('paragraphs', () => {
  it('counts only lines that hold something, whatever the line ends', () => {
    const text = '\uFEFFTitle\r\n\r\n  \nFirst line\rSecond line\n\n';
    expect(paragraphs(text)).toEqual(['Title', 'First line', 'Second line']);
    expect(paragraphAt(text, 2)).toBe('First line');
    expect(paragraphAt(text, 4)).toBeUndefined();
    expect(paragraphAt(text, 0)).toBeUndefined();
    expect(paragraphAt(text, 1.5)).toBeUndefined();
  });
});
