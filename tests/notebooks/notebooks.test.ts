/**
 * The notebooks are code too: each must open with the Deno kernel, import the project's own
 * modules rather than carry copies of their logic, and compute every number it states. These
 * checks read the .ipynb files as JSON; running them is `npm run notebooks`.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readLedger } from '../../src/lib/data/readLedgerFiles.ts';

const DIR = 'notebooks';
const EXPECTED = ['checks', 'contradictions', 'ledger', 'sipri'];
/** Packages a notebook may import besides the project's modules and Node's built-ins. */
const PACKAGES = ['arquero', '@observablehq/plot', 'linkedom'];
/** Numbers a code cell may write: 0 and 1, per cent, and the width charts are drawn at. */
const ALLOWED_NUMBERS = new Set([0, 1, 100, 640]);
/** A helper longer than this is logic that belongs in src/. */
const MAX_FUNCTION_LINES = 6;

interface Cell {
  cell_type: 'code' | 'markdown' | 'raw';
  source: string | string[];
  outputs?: unknown[];
  execution_count?: number | null;
}
interface Notebook {
  nbformat: number;
  metadata: { kernelspec?: { name?: string; language?: string } };
  cells: Cell[];
}

const text = (cell: Cell) => (Array.isArray(cell.source) ? cell.source.join('') : cell.source);
const withoutComments = (code: string) =>
  code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:\\])\/\/.*$/gm, '$1');

const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.ipynb'))
  .sort();
const notebooks = files.map((file) => {
  const nb = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Notebook;
  const code = nb.cells.filter((c) => c.cell_type === 'code').map(text);
  return { file, nb, code: code.map(withoutComments), all: nb.cells.map(text) };
});

/** Every number the ledger reports: values and the numbers printed in figure_text (1,900 → 1900). */
const ledgerFigures = (() => {
  const claims = readLedger('data').claims.objects() as { value: number; figure_text: string }[];
  const found = new Set<number>();
  for (const c of claims) {
    found.add(c.value);
    for (const n of c.figure_text.match(/\d[\d,]*(\.\d+)?/g) ?? [])
      found.add(Number(n.replace(/,/g, '')));
  }
  // Single digits are too common in prose and code ("two units", "0 and 1") to be telling, and
  // the allowed constants (100 for per cent) are code, even when a ledger figure is also 100.
  return new Set([...found].filter((n) => n >= 10 && !ALLOWED_NUMBERS.has(n)));
})();

const numbersIn = (source: string) =>
  (source.replace(/&#\d+;/g, '').match(/(?<![\w.$#])\d[\d,]*(\.\d+)?(?![\w])/g) ?? []).map((n) =>
    Number(n.replace(/,/g, '')),
  );

/** Bodies of `function`s and block-bodied arrows, by their line count. */
function functionBodies(code: string): number[] {
  const sizes: number[] = [];
  for (const match of code.matchAll(/\bfunction\b|=>\s*\{/g)) {
    const open = code.indexOf('{', match.index);
    let depth = 0;
    for (let i = open; i < code.length; i++) {
      if (code[i] === '{') depth++;
      if (code[i] === '}' && --depth === 0) {
        sizes.push(code.slice(open, i).split('\n').length - 1);
        break;
      }
    }
  }
  return sizes;
}

describe('notebooks/', () => {
  it('holds the notebooks', () => {
    expect(files).toEqual(EXPECTED.map((n) => `${n}.ipynb`));
  });

  for (const { file, nb, code, all } of notebooks) {
    describe(file, () => {
      it('is an nbformat 4 notebook for the Deno kernel', () => {
        expect(nb.nbformat).toBe(4);
        expect(nb.metadata.kernelspec).toMatchObject({ name: 'deno', language: 'typescript' });
        expect(code.length).toBeGreaterThan(0);
      });

      it('is committed without outputs (the published HTML is the executed copy)', () => {
        for (const cell of nb.cells.filter((c) => c.cell_type === 'code')) {
          expect(cell.outputs ?? []).toEqual([]);
          expect(cell.execution_count ?? null).toBeNull();
        }
      });

      it("imports the project's own modules by relative path, and only known packages", () => {
        const specifiers = code.flatMap((c) =>
          [...c.matchAll(/^\s*import\s[^'"]*?from\s+'([^']+)'/gm)].map((m) => m[1] as string),
        );
        expect(specifiers.some((s) => s.startsWith('../src/'))).toBe(true);
        for (const s of specifiers) {
          if (s.startsWith('.')) {
            expect(s, s).toMatch(/^\.\.\/src\/.+\.ts$/);
            expect(existsSync(resolve(DIR, s)), s).toBe(true);
          } else {
            expect(PACKAGES.includes(s) || s.startsWith('node:'), s).toBe(true);
          }
        }
      });

      it('reads the ledger folder from LEDGER_DATA, defaulting to data/', () => {
        expect(code.join('\n')).toMatch(/Deno\.env\.get\('LEDGER_DATA'\) \?\? '\.\.\/data'/);
      });

      it('writes ledger text into Markdown and HTML only through the escaping helpers', () => {
        const all = code.join('\n');
        // show.md takes Markdown from safeMd`…` (markdownText.ts); show.table goes through tableHtml.
        expect(all).toContain("'text/markdown': markdownSource(");
        expect(all).toContain("'text/html': tableHtml(");
        expect(all.match(/'text\/markdown'/g)).toHaveLength(1);
        // Arquero's own toHTML leaves column names raw, and Deno's helpers take raw markup.
        expect(all).not.toMatch(/\.toHTML\(|Deno\.jupyter\.(md|html)\b/);
      });

      it('defines no function longer than a few lines (logic lives in src/)', () => {
        for (const c of code) {
          for (const lines of functionBodies(c))
            expect(lines).toBeLessThanOrEqual(MAX_FUNCTION_LINES);
        }
      });

      it('hard-codes no number in its code', () => {
        for (const c of code) {
          const typed = numbersIn(c).filter((n) => !ALLOWED_NUMBERS.has(n));
          expect(typed, c.slice(0, 80)).toEqual([]);
        }
      });

      it('types none of the ledger figures into its prose or code', () => {
        for (const source of all) {
          const typed = numbersIn(source).filter((n) => ledgerFigures.has(n));
          expect(typed, source.slice(0, 80)).toEqual([]);
        }
      });
    });
  }
});
