/** Tables in the notebooks: Arquero's HTML, with column names escaped and hidden characters shown. */
import { describe, expect, it } from 'vitest';
import * as aq from 'arquero';
import { parseHTML } from 'linkedom';
import { tableHtml } from '../../src/lib/notebooks/tableHtml.ts';

const cells = (html: string) => {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return {
    tags: [...new Set([...document.body.querySelectorAll('*')].map((el) => el.localName))].sort(),
    head: [...document.querySelectorAll('th')].map((th) => th.textContent),
    body: [...document.querySelectorAll('td')].map((td) => td.textContent),
  };
};

describe('tableHtml', () => {
  it('shows markup in cells and in column names (a pivot makes names of ledger values) as text', () => {
    const table = aq.table({ '<img src=x onerror=alert(1)>': ['<b>x</b>'], n: [2] });
    expect(cells(tableHtml(table))).toEqual({
      tags: ['table', 'tbody', 'td', 'th', 'thead', 'tr'],
      head: ['<img src=x onerror=alert(1)>', 'n'],
      body: ['<b>x</b>', '2'],
    });
  });

  it('makes bidi and invisible characters visible, in its own and in given formats', () => {
    const table = aq.table({ a: ['Armenia \u202Eredro\u202C'], b: [['x\u200B']], c: [1] });
    const html = tableHtml(table, { format: { c: (v: number) => `${v}\u2066` } });
    expect(cells(html).body).toEqual([
      'Armenia [U+202E]redro[U+202C]',
      '["x[U+200B]"]',
      '1[U+2066]',
    ]);
  });

  it('keeps Arquero’s number formats and alignment, and leaves empty cells empty', () => {
    const table = aq.table({ name: ['a', null], value: [1.5, null] });
    const html = tableHtml(table, { align: { name: 'r' } });
    expect(html).toContain('<td style="text-align: right;">a</td>');
    expect(cells(html).body).toEqual(['a', '1.5', '', '']);
  });
});
