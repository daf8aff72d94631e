/**
 * The extractor's rules stay small enough to read: no function in src/lib/extract/ runs over
 * 60 lines (issue 16). Rules are tables; a long function is usually a table waiting to be made.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import ts from 'typescript';

const DIR = resolve(import.meta.dirname, '../../src/lib/extract');
const MAX_LINES = 60;

function longFunctions(file: string): string[] {
  const text = readFileSync(resolve(DIR, file), 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart()).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      if (end - start + 1 > MAX_LINES) {
        const name = node.name?.getText(source) ?? '(anonymous)';
        found.push(`${file}:${start + 1} ${name} (${end - start + 1} lines)`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('extractor code shape', () => {
  it(`has no function over ${MAX_LINES} lines`, () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.ts'));
    expect(files.flatMap(longFunctions)).toEqual([]);
  });
});
