/** How `npm run notebooks` (scripts/notebooks.ts) notices a display the Deno kernel lost. */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import {
  lostOutputs,
  outputDirOf,
  withCountCell,
  withoutCounting,
  type Cell,
} from '../../scripts/notebooks.ts';

const display = (n: number, html = `<p>${n}</p>`) => ({
  output_type: 'display_data',
  data: { 'text/html': html, 'text/x-ledger-display': String(n) },
  metadata: {},
});
const code = (source: string, outputs: unknown[]): Cell => ({
  cell_type: 'code',
  source,
  outputs,
});

/** An executed notebook: two cells with three displays, then the counting cell's output. */
function executed(displays: unknown[][], count: string | null): { cells: Cell[] } {
  const { cells } = withCountCell({
    cells: [
      code('await show.md("a");', displays[0] ?? []),
      code('await show.table(t);', displays[1] ?? []),
    ],
  });
  const last = cells.at(-1) as Cell;
  last.outputs =
    count === null ? [] : [{ output_type: 'stream', name: 'stdout', text: [`${count}\n`] }];
  return { cells };
}

describe('notebook runs', () => {
  it('append a cell that prints how many displays were sent', () => {
    const { cells } = withCountCell({ cells: [code('x', [])] });
    expect(cells).toHaveLength(2);
    expect(String(cells[1]?.source)).toContain('ledger-notebook-displays ${displays}');
  });

  it('find nothing lost when every numbered display came back', () => {
    const nb = executed([[display(1), display(2)], [display(3)]], 'ledger-notebook-displays 3');
    expect(lostOutputs(nb)).toEqual([]);
  });

  it('name a display missing from the sequence, and a lost count', () => {
    expect(
      lostOutputs(executed([[display(1)], [display(3)]], 'ledger-notebook-displays 3')),
    ).toEqual(['display 2']);
    expect(lostOutputs(executed([[display(1)], [display(2)]], null))).toEqual([
      'the count of displays',
    ]);
  });

  it('publish without the counting cell or the display numbers', () => {
    const nb = withoutCounting(
      executed([[display(1)], [display(2)]], 'ledger-notebook-displays 2'),
    );
    expect(nb.cells).toHaveLength(2);
    expect(JSON.stringify(nb)).not.toContain('x-ledger-display');
    expect(JSON.stringify(nb)).toContain('<p>2</p>');
  });
});

describe('where a run writes its pages', () => {
  it('is public/notebooks/ unless --out names a folder', () => {
    expect(outputDirOf([])).toBe(resolve('public/notebooks'));
    expect(outputDirOf(['--out', 'pages'], '/srv/ledger')).toBe(resolve('/srv/ledger/pages'));
  });

  it('is refused with the usage for a missing folder or an unknown argument', () => {
    expect(() => outputDirOf(['--out'])).toThrow('--out needs a folder: --out DIR');
    expect(() => outputDirOf(['--out', '--x'])).toThrow('--out needs a folder');
    expect(() => outputDirOf(['--outdir', 'x'])).toThrow(
      'unknown argument "--outdir". Usage: tsx scripts/notebooks.ts [--out DIR]',
    );
  });
});
