/**
 * A notebook page as published (src/lib/notebooks/publishPage.ts): nbconvert, with our template,
 * exports a notebook whose outputs hold everything an output could smuggle in; the published page
 * keeps the notebook's content and styles and nothing that runs, redirects or restyles it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { publishPage } from '../../src/lib/notebooks/publishPage.ts';
import { plotStyleText } from '../../src/lib/notebooks/plotStyle.ts';

const TEMPLATE = resolve('notebooks/export.html.j2');

const display = (data: Record<string, string>) => ({
  output_type: 'display_data',
  data: { 'text/plain': '', ...data },
  metadata: {},
});

/** Outputs as a notebook could produce them, each with a harmless part that must stay. */
const OUTPUTS = [
  display({
    'text/html':
      '<p id="kept-html">kept</p><img src=x onerror="alert(1)"><script>alert(2)</script>' +
      '<style>*{display:none}</style><a id="js-link" href="javascript:alert(3)">link</a>' +
      '<iframe src="x"></iframe><svg onload="alert(4)"><text>t</text></svg>' +
      '<meta http-equiv="refresh" content="1;url=/pwned"><base href="https://evil.example/">' +
      '<body onload="alert(5)" style="display:none"><form action="/x"><input name="q"></form>' +
      '<p id="styled" style="position:fixed;inset:0">covered</p>',
  }),
  display({ 'text/markdown': 'kept markdown <img src=x onerror="alert(6)">' }),
  display({
    'text/html':
      '<table><tr><td id="aligned" style="text-align: right;">1</td></tr></table>' +
      `<svg class="plot-d6a7b5" width="10" height="10"><style>${plotStyleText()}</style><text>chart</text></svg>`,
  }),
];

/** nbconvert's HTML for a notebook with those outputs, exported with our template. */
function exportNotebook(): string {
  const dir = mkdtempSync(join(tmpdir(), 'publish-page-'));
  try {
    const notebook = {
      nbformat: 4,
      nbformat_minor: 5,
      metadata: { kernelspec: { name: 'deno', display_name: 'Deno', language: 'typescript' } },
      cells: [
        { cell_type: 'markdown', id: 'title', metadata: {}, source: '# A notebook' },
        ...OUTPUTS.map((output, i) => ({
          cell_type: 'code',
          id: `cell-${i}`,
          metadata: {},
          execution_count: i + 1,
          source: 'show()',
          outputs: [output],
        })),
      ],
    };
    writeFileSync(join(dir, 'page.ipynb'), JSON.stringify(notebook));
    const run = spawnSync(
      'jupyter',
      ['nbconvert', '--to', 'html', '--template-file', TEMPLATE, '--stdout', 'page.ipynb'],
      { cwd: dir, encoding: 'utf8' },
    );
    if (run.status !== 0)
      throw new Error(`nbconvert failed (is Jupyter installed?):\n${run.stderr}`);
    return run.stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('a published notebook page', () => {
  let exported = '';
  let published = '';
  let document: Document;
  beforeAll(() => {
    exported = exportNotebook();
    published = publishPage(exported, [plotStyleText()]);
    document = parseHTML(published).document as unknown as Document;
  }, 60_000);

  it('was exported with the hostile outputs live (the test would catch them)', () => {
    expect(exported).toContain('onerror="alert(1)"');
    expect(exported).toContain('<script>alert(2)</script>');
  });

  it('keeps no script, event handler, script link, frame, form, base or refresh', () => {
    expect(document.querySelectorAll('script, iframe, form, input, base')).toHaveLength(0);
    expect(document.querySelectorAll('meta[http-equiv="refresh"]')).toHaveLength(0);
    const attributes = [...document.querySelectorAll('*')].flatMap((el) => el.getAttributeNames());
    expect(attributes.filter((name) => name.startsWith('on'))).toEqual([]);
    expect(document.getElementById('js-link')?.hasAttribute('href')).toBe(false);
    expect(published).not.toMatch(/javascript:|alert\(\d\)/);
  });

  it('keeps no style but the template’s, Plot’s and Arquero’s cell alignment', () => {
    expect(document.body.querySelectorAll('style')).toHaveLength(0);
    const styles = [...document.head.querySelectorAll('style')].map((s) => s.textContent);
    expect(styles).toContain(plotStyleText());
    expect(styles.join('')).not.toContain('display:none');
    expect(document.body.getAttribute('style')).toBeNull();
    expect(document.getElementById('styled')?.hasAttribute('style')).toBe(false);
    expect(document.getElementById('aligned')?.getAttribute('style')).toBe('text-align: right;');
  });

  it('keeps the content: text, tables, charts, Markdown and the template’s markup', () => {
    expect(document.getElementById('kept-html')?.textContent).toBe('kept');
    expect(document.querySelector('h1')?.textContent).toContain('A notebook');
    expect(document.querySelector('svg.plot-d6a7b5 text')?.textContent).toBe('chart');
    expect(document.body.textContent).toContain('kept markdown');
    expect(document.body.className).toBe('jp-Notebook');
    expect(document.querySelector('title')?.textContent).toBe('page');
  });

  it('opens with the policy, which allows exactly the styles the page holds', () => {
    const [charset, policy] = [...document.head.children];
    expect(charset?.getAttribute('charset')).toBe('utf-8');
    expect(policy?.getAttribute('http-equiv')).toBe('Content-Security-Policy');
    const content = policy?.getAttribute('content') ?? '';
    expect(content).toMatch(
      /^default-src 'none'; script-src 'none'; style-src 'self' 'unsafe-hashes' /,
    );
    const inline = [
      ...[...document.querySelectorAll('style')].map((s) => s.textContent ?? ''),
      ...[...document.querySelectorAll('[style]')].map((el) => el.getAttribute('style') ?? ''),
    ];
    const allowed = content.match(/'sha256-[^']+'/g) ?? [];
    expect(allowed.sort()).toEqual([...new Set(inline.map(sha256))].sort());
  });

  it('is the same, byte for byte, when published again', () => {
    expect(publishPage(exported, [plotStyleText()])).toBe(published);
  });
});
