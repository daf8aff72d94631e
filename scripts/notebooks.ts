/**
 * `npm run notebooks`: run the analysis notebooks in notebooks/ headlessly with the Deno kernel
 * and publish each one as public/notebooks/<name>.html (Vite copies public/ into the built site).
 *
 * 1. Checks that Jupyter can run them: `jupyter nbconvert` and the Deno kernel. A missing or
 *    stale kernel is installed with the project's own deno (`deno jupyter --install`); missing
 *    Jupyter is reported with the Debian packages to install, and the command exits 1.
 * 2. Executes every notebook into a temporary folder (`jupyter nbconvert --to notebook
 *    --execute`). A failing cell fails the command, as does a cell that displays results and came
 *    back with no output at all (the kernel lost it).
 * 3. Only when every notebook has run, converts each to HTML with notebooks/export.html.j2 and
 *    moves it into place (a temporary file, then a rename), so a failure never leaves a mix of old
 *    and new pages behind.
 *
 * LEDGER_DATA (a copy of the ledger) and LEDGER_ARCHIVE (the archived articles) are passed on to
 * the notebooks as absolute paths: the kernel runs in notebooks/, not here.
 *
 * Exit status: 0 published, 1 a notebook failed or Jupyter is missing.
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
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const notebookDir = join(repoRoot, 'notebooks');
const outputDir = join(repoRoot, 'public', 'notebooks');
const template = join(notebookDir, 'export.html.j2');
const deno = join(repoRoot, 'node_modules', '.bin', 'deno');
const KERNEL = 'deno';

const INSTALL_JUPYTER = `Install it (Debian or Ubuntu, as root):

  apt-get update && apt-get install -y jupyter-nbconvert python3-nbclient jupyter-client

then run \`npm run notebooks\` again; it installs the Deno kernel itself.`;

class Failure extends Error {}

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

interface Cell {
  cell_type: string;
  id?: string;
  source: string | string[];
  outputs?: unknown[];
}

const sourceOf = (cell: Cell) => (Array.isArray(cell.source) ? cell.source.join('') : cell.source);

/**
 * Code cells that surely display something (a statement of their own that starts `await show`,
 * the notebooks' display helpers) but came back with no output.
 */
function lostOutputs(executed: string): string[] {
  const notebook = JSON.parse(readFileSync(executed, 'utf8')) as { cells: Cell[] };
  return notebook.cells
    .filter((cell) => cell.cell_type === 'code' && /^await show\w*[.(]/m.test(sourceOf(cell)))
    .filter((cell) => (cell.outputs ?? []).length === 0)
    .map((cell, i) => cell.id ?? `code cell ${i + 1}`);
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

function main(): number {
  const started = performance.now();
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
    for (const name of notebooks) {
      const t0 = performance.now();
      const executed = run(
        'jupyter',
        [
          'nbconvert',
          '--to',
          'notebook',
          '--execute',
          '--ExecutePreprocessor.timeout=300',
          '--ExecutePreprocessor.record_timing=False',
          '--output-dir',
          work,
          join(notebookDir, `${name}.ipynb`),
        ],
        env,
      );
      if (executed.status !== 0) {
        throw new Failure(`notebooks/${name}.ipynb failed:\n${tail(executed)}`);
      }
      const lost = lostOutputs(join(work, `${name}.ipynb`));
      if (lost.length > 0) {
        throw new Failure(
          `notebooks/${name}.ipynb: the kernel returned no output for ${lost.join(', ')}; run again.`,
        );
      }
      console.log(
        `notebooks: ran ${name}.ipynb (${((performance.now() - t0) / 1000).toFixed(1)} s)`,
      );
    }

    for (const name of notebooks) {
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
    }

    mkdirSync(outputDir, { recursive: true });
    for (const name of notebooks) {
      const target = join(outputDir, `${name}.html`);
      const temporary = `${target}.${process.pid}.tmp`;
      writeFileSync(temporary, readFileSync(join(work, `${name}.html`)));
      renameSync(temporary, target);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }

  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const pages = notebooks.map((name) => `public/notebooks/${name}.html`).join(', ');
  console.log(`notebooks: ${notebooks.length} notebooks executed in ${seconds} s; wrote ${pages}`);
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  if (!(error instanceof Failure)) throw error;
  console.error(`notebooks: ${error.message}`);
  process.exitCode = 1;
}
