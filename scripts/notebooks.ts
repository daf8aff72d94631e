/**
 * `npm run notebooks`: run the analysis notebooks in notebooks/ headlessly with the Deno kernel
 * and publish each one as public/notebooks/<name>.html (Vite copies public/ into the built site).
 *
 * 1. Checks that Jupyter can run them: `jupyter nbconvert` and the Deno kernel. A missing or
 *    stale kernel is installed with the project's own deno (`deno jupyter --install`); missing
 *    Jupyter is reported with the Debian packages to install, and the command exits 1.
 * 2. Executes every notebook into a temporary folder (`jupyter nbconvert --to notebook
 *    --execute`). A failing cell fails the command. The Deno kernel sometimes loses a display
 *    sent just before a cell ends: the notebooks number their displays (`text/x-ledger-display`)
 *    and a cell appended for the run reports how many were sent, so a lost one is noticed; the
 *    notebook then runs again, up to three times, and the command fails if one is still lost.
 * 3. Only when every notebook has run, converts each to HTML with notebooks/export.html.j2,
 *    cleans it and gives it the site's Content-Security-Policy (src/lib/notebooks/publishPage.ts:
 *    nothing a notebook's output holds can run or restyle the page), and moves it into place (a
 *    temporary file, then a rename), so a failure never leaves a mix of old and new pages behind.
 *
 * Usage: tsx scripts/notebooks.ts [--out DIR]
 * --out writes the pages to DIR instead of public/notebooks/ (tests run the notebooks on another
 * ledger without touching the published pages).
 *
 * LEDGER_DATA (a copy of the ledger) and LEDGER_ARCHIVE (the archived articles) are passed on to
 * the notebooks as absolute paths: the kernel runs in notebooks/, not here.
 *
 * Exit status: 0 published, 1 a notebook failed, Jupyter is missing or the arguments are wrong.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { plotStyleText } from '../src/lib/notebooks/plotStyle.ts';
import { publishPage } from '../src/lib/notebooks/publishPage.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const notebookDir = join(repoRoot, 'notebooks');
const publishedDir = join(repoRoot, 'public', 'notebooks');
const template = join(notebookDir, 'export.html.j2');
const deno = join(repoRoot, 'node_modules', '.bin', 'deno');
const KERNEL = 'deno';

const INSTALL_JUPYTER = `Install it (Debian or Ubuntu, as root):

  apt-get update && apt-get install -y jupyter-nbconvert python3-nbclient jupyter-client

then run \`npm run notebooks\` again; it installs the Deno kernel itself.`;

export class Failure extends Error {}

function run(
  command: string,
  args: readonly string[],
  env = process.env,
): SpawnSyncReturns<string> {
  return spawnSync(command, args, {
    cwd: repoRoot,
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** The end of a tool's error output, without deno's warning that `deno jupyter` is unstable. */
function tail(result: SpawnSyncReturns<string>, lines = 40): string {
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  // For a failing cell, nbconvert's own traceback says nothing useful: start at the cell.
  const cell = output.indexOf('An error occurred while executing the following cell');
  return (cell >= 0 ? output.slice(cell) : output)
    .split('\n')
    .filter((line) => !/"deno jupyter" is unstable/.test(line))
    .slice(-lines)
    .join('\n')
    .trim();
}

function checkJupyter(): void {
  const version = run('jupyter', ['nbconvert', '--version']);
  if (version.error && (version.error as NodeJS.ErrnoException).code === 'ENOENT') {
    throw new Failure(`Jupyter is not installed here; it runs the notebooks.\n${INSTALL_JUPYTER}`);
  }
  if (version.status !== 0) {
    throw new Failure(
      `\`jupyter nbconvert\` does not work here:\n${tail(version, 10)}\n${INSTALL_JUPYTER}`,
    );
  }
}

interface KernelSpecs {
  kernelspecs?: Record<string, { spec?: { argv?: string[] } }>;
}

/** Whether the Deno kernel is installed and its deno binary still exists. */
function kernelReady(): boolean {
  const listed = run('jupyter', ['kernelspec', 'list', '--json']);
  if (listed.status !== 0) {
    throw new Failure(
      `\`jupyter kernelspec list\` failed (is jupyter-client installed?):\n${tail(listed, 10)}\n${INSTALL_JUPYTER}`,
    );
  }
  const specs = JSON.parse(listed.stdout) as KernelSpecs;
  const binary = specs.kernelspecs?.[KERNEL]?.spec?.argv?.[0];
  return binary !== undefined && existsSync(binary);
}

function ensureKernel(): void {
  if (kernelReady()) return;
  if (!existsSync(deno)) {
    throw new Failure(`${relative(repoRoot, deno)} is missing: run \`npm ci\` first.`);
  }
  console.log('notebooks: installing the Deno kernel for Jupyter (deno jupyter --install)');
  // --force replaces a kernelspec whose deno has gone (a deleted checkout, say).
  const installed = run(deno, ['jupyter', '--install', '--force']);
  if (installed.status !== 0 || !kernelReady()) {
    throw new Failure(`Installing the Deno kernel failed:\n${tail(installed, 10)}`);
  }
}

export interface Cell {
  cell_type: string;
  id?: string;
  source: string | string[];
  outputs?: unknown[];
}

const sourceOf = (cell: Cell) => (Array.isArray(cell.source) ? cell.source.join('') : cell.source);

/** The cell appended for a run: it reports how many displays the notebook sent. */
const COUNT_CELL = 'ledger-display-count';
const DISPLAY_TYPE = 'text/x-ledger-display';
const COUNT_PREFIX = 'ledger-notebook-displays ';

interface Output {
  output_type?: string;
  data?: Record<string, unknown>;
  text?: string | string[];
}

/** The notebook with the counting cell appended (it reads the notebooks' `displays`). */
export function withCountCell(notebook: { cells: Cell[] }): { cells: Cell[] } {
  const cell = {
    cell_type: 'code',
    id: COUNT_CELL,
    metadata: {},
    execution_count: null,
    outputs: [],
    source: `console.log(\`${COUNT_PREFIX}\${displays}\`);`,
  };
  return { ...notebook, cells: [...notebook.cells, cell] };
}

/**
 * What the kernel lost in an executed notebook: displays missing from the numbered sequence (or
 * the count itself), and code cells that surely display something (a statement of their own
 * that starts `await show`) but came back with no output. Empty when nothing was lost.
 */
export function lostOutputs(notebook: { cells: Cell[] }): string[] {
  const lost: string[] = [];
  const outputs = notebook.cells.flatMap((cell) => (cell.outputs ?? []) as Output[]);
  const seen = new Set(
    outputs
      .map((o) => o.data?.[DISPLAY_TYPE])
      .filter((n) => n !== undefined)
      .map(String),
  );
  const counted = notebook.cells
    .find((cell) => cell.id === COUNT_CELL)
    ?.outputs?.map((o) => [(o as Output).text ?? ''].flat().join(''))
    .join('')
    .match(new RegExp(`${COUNT_PREFIX}(\\d+)`))?.[1];
  if (counted === undefined) lost.push('the count of displays');
  for (let n = 1; n <= Number(counted ?? 0); n++)
    if (!seen.has(String(n))) lost.push(`display ${n}`);
  notebook.cells
    .filter((cell) => cell.cell_type === 'code' && /^await show\w*[.(]/m.test(sourceOf(cell)))
    .filter((cell) => (cell.outputs ?? []).length === 0)
    .forEach((cell, i) => lost.push(cell.id ?? `code cell ${i + 1}`));
  return lost;
}

/** The executed notebook as published: no counting cell, no display numbers. */
export function withoutCounting(notebook: { cells: Cell[] }): { cells: Cell[] } {
  const cells = notebook.cells
    .filter((cell) => cell.id !== COUNT_CELL)
    .map((cell) => ({
      ...cell,
      ...(cell.outputs
        ? {
            outputs: (cell.outputs as Output[]).map((o) => {
              if (!o.data || !(DISPLAY_TYPE in o.data)) return o;
              const data = { ...o.data };
              delete data[DISPLAY_TYPE];
              return { ...o, data };
            }),
          }
        : {}),
    }));
  return { ...notebook, cells };
}

/** Where the pages go: public/notebooks/, or the folder `--out DIR` names. */
export function outputDirOf(args: readonly string[], cwd = process.cwd()): string {
  const at = args.indexOf('--out');
  const unknown = args.filter((arg, i) => arg !== '--out' && !(at >= 0 && i === at + 1));
  if (unknown.length > 0) {
    throw new Failure(
      `unknown argument ${JSON.stringify(unknown[0])}. Usage: tsx scripts/notebooks.ts [--out DIR]`,
    );
  }
  if (at < 0) return publishedDir;
  const dir = args[at + 1];
  if (!dir || dir.startsWith('--')) throw new Failure('--out needs a folder: --out DIR');
  return resolve(cwd, dir);
}

/** The environment the kernel sees: the ledger paths made absolute. */
function notebookEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ['LEDGER_DATA', 'LEDGER_ARCHIVE'] as const) {
    const value = env[name];
    if (value) env[name] = resolve(value);
  }
  return env;
}

/** One notebook run (up to three times if the kernel loses a display) into `work`. */
function execute(name: string, work: string, env: NodeJS.ProcessEnv): void {
  const t0 = performance.now();
  const source = JSON.parse(readFileSync(join(notebookDir, `${name}.ipynb`), 'utf8')) as {
    cells: Cell[];
  };
  // The copy with the counting cell runs beside the original: the kernel's working folder
  // (the notebook's) is what the notebooks' relative paths start from.
  const input = join(notebookDir, `.${name}.run-${process.pid}.ipynb`);
  let lost: string[] = [];
  for (let attempt = 1; attempt <= 3; attempt++) {
    writeFileSync(input, JSON.stringify(withCountCell(source)));
    let executed: SpawnSyncReturns<string>;
    try {
      executed = run(
        'jupyter',
        [
          'nbconvert',
          '--to',
          'notebook',
          '--execute',
          '--ExecutePreprocessor.timeout=300',
          // How long nbclient waits for a cell's outputs after the kernel's reply before it moves
          // on without them (default 4 s): under load (the browser tests run this beside their
          // own workers) Deno's kernel sends some later than that, and they were lost.
          '--ExecutePreprocessor.iopub_timeout=60',
          '--ExecutePreprocessor.record_timing=False',
          '--output-dir',
          work,
          '--output',
          name,
          input,
        ],
        env,
      );
    } finally {
      rmSync(input, { force: true });
    }
    if (executed.status !== 0) {
      throw new Failure(`notebooks/${name}.ipynb failed:\n${tail(executed)}`);
    }
    const result = join(work, `${name}.ipynb`);
    const notebook = JSON.parse(readFileSync(result, 'utf8')) as { cells: Cell[] };
    lost = lostOutputs(notebook);
    if (lost.length === 0) {
      writeFileSync(result, JSON.stringify(withoutCounting(notebook), null, 1));
      break;
    }
    console.log(
      `notebooks: ${name}.ipynb lost ${lost.join(', ')} (run ${attempt} of 3); running it again.`,
    );
  }
  if (lost.length > 0) {
    throw new Failure(
      `notebooks/${name}.ipynb: the kernel lost ${lost.join(', ')} in three runs in a row.`,
    );
  }
  console.log(`notebooks: ran ${name}.ipynb (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
}

/** The executed notebook as nbconvert's HTML (with our template), in `work`. */
function convert(name: string, work: string): string {
  const converted = run('jupyter', [
    'nbconvert',
    '--to',
    'html',
    '--template-file',
    template,
    '--output-dir',
    work,
    join(work, `${name}.ipynb`),
  ]);
  if (converted.status !== 0) {
    throw new Failure(`converting ${name}.ipynb to HTML failed:\n${tail(converted)}`);
  }
  return readFileSync(join(work, `${name}.html`), 'utf8');
}

/** Writes every page through a temporary file and a rename. */
function writePages(pages: readonly { name: string; html: string }[], outputDir: string): void {
  mkdirSync(outputDir, { recursive: true });
  for (const { name, html } of pages) {
    const target = join(outputDir, `${name}.html`);
    const temporary = `${target}.${process.pid}.tmp`;
    writeFileSync(temporary, html);
    renameSync(temporary, target);
  }
}

function main(): number {
  const started = performance.now();
  const outputDir = outputDirOf(process.argv.slice(2));
  if (existsSync(outputDir) && !statSync(outputDir).isDirectory()) {
    throw new Failure(`--out ${relative(process.cwd(), outputDir)} is a file, not a folder`);
  }
  const notebooks = readdirSync(notebookDir)
    .filter((name) => name.endsWith('.ipynb'))
    .sort()
    .map((name) => basename(name, '.ipynb'));
  if (notebooks.length === 0)
    throw new Failure(`no notebooks in ${relative(repoRoot, notebookDir)}/`);

  checkJupyter();
  ensureKernel();

  const work = mkdtempSync(join(tmpdir(), 'notebooks-'));
  try {
    const env = notebookEnv();
    for (const name of notebooks) execute(name, work, env);
    // Every page is converted and cleaned before any is written: a failure leaves the old pages.
    const trustedStyles = [plotStyleText()];
    const pages = notebooks.map((name) => ({
      name,
      html: publishPage(convert(name, work), trustedStyles),
    }));
    writePages(pages, outputDir);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }

  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  // Inside the current folder the path is relative (public/notebooks/…), elsewhere absolute.
  const inside = relative(process.cwd(), outputDir);
  const where = inside.startsWith('..') ? outputDir : inside || '.';
  const pages = notebooks.map((name) => join(where, `${name}.html`)).join(', ');
  console.log(`notebooks: ${notebooks.length} notebooks executed in ${seconds} s; wrote ${pages}`);
  return 0;
}

// Run as a command; imported (by tests), it only lends its functions.
const entry = process.argv[1];
if (entry && import.meta.url === pathToFileURL(resolve(entry)).href) {
  try {
    process.exitCode = main();
  } catch (error) {
    if (!(error instanceof Failure)) throw error;
    console.error(`notebooks: ${error.message}`);
    process.exitCode = 1;
  }
}
