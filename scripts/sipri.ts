/**
 * `npm run sipri -- [--export FILE] [--data DIR] [--recipient NAME]... [--check]`: import a SIPRI
 * trade-register export and write the reference table the product compares printed figures
 * with: DIR/reference/sipri-transfers.csv (yearly TIV by supplier for the recipients the ledger
 * names) and its entry in DIR/datapackage.json, with the release it came from. The 2 MB export
 * itself stays outside the repository.
 *
 * Exit status: 0 written (or checked), 1 the export or the ledger was refused (nothing written),
 * 2 bad arguments. Both files are computed before either is written, and each is written to a
 * temporary file first and then renamed, so a failure leaves the old pair in place.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { readLedger } from '../src/lib/data/readLedgerFiles.ts';
import {
  buildSipriReference,
  recipientsNamed,
  withResource,
} from '../src/lib/reference/buildSipriReference.ts';
import { importSipriExport } from '../src/lib/reference/importSipriExport.ts';
import { parseSipriOptions, SIPRI_USAGE } from '../src/lib/reference/sipriCliOptions.ts';
import { SipriExportError } from '../src/lib/reference/sipriExportError.ts';
import type { SipriReference } from '../src/lib/reference/sipriComparisons.ts';
import {
  releaseLabel,
  sipriResource,
  SIPRI_RESOURCE_PATH,
} from '../src/lib/reference/sipriResource.ts';

class Refusal extends Error {}

function readExport(file: string): { text: string; sha256: string } {
  if (!existsSync(file)) {
    throw new Refusal(
      `${file}: no such file. SIPRI exports are kept outside the repository (see ../shared/SOURCES.md); give one with --export FILE.`,
    );
  }
  const bytes = readFileSync(file);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Refusal(`${file}: not UTF-8 text; expected the CSV file SIPRI's website generates`);
  }
  return { text, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** The recipients to keep: those the ledger names, then any given with --recipient. */
function recipientsFor(dataDir: string, extra: readonly string[]): string[] {
  if (!existsSync(join(dataDir, 'claims.csv'))) {
    throw new Refusal(`no claims.csv in "${dataDir}": --data names the ledger folder`);
  }
  const claims = readLedger(dataDir).claims.objects() as { measure: string; counted: string }[];
  const recipients = [...new Set([...recipientsNamed(claims), ...extra])];
  if (recipients.length === 0) {
    throw new Refusal(
      `the ledger in "${dataDir}" names no recipient of arms; give one with --recipient NAME`,
    );
  }
  return recipients;
}

/** The descriptor with the reference resource, formatted as the repository formats JSON. */
async function descriptorText(dataDir: string, reference: SipriReference): Promise<string> {
  const file = join(dataDir, 'datapackage.json');
  if (!existsSync(file)) throw new Refusal(`no datapackage.json in "${dataDir}"`);
  const descriptor = JSON.parse(readFileSync(file, 'utf8')) as { resources: { name?: unknown }[] };
  const updated = withResource(descriptor, sipriResource(reference.release));
  const options = (await resolveConfig(file)) ?? {};
  // Indented first: Prettier keeps an object expanded when its text was, as in the hand-written file.
  return format(JSON.stringify(updated, null, 2), { ...options, parser: 'json' });
}

/** Write every file to a temporary name first, then rename them all. */
function writeAll(files: readonly [string, string][]): void {
  for (const [path, content] of files) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(`${path}.${process.pid}.tmp`, content);
  }
  for (const [path] of files) renameSync(`${path}.${process.pid}.tmp`, path);
}

async function run(argv: readonly string[]): Promise<number> {
  const options = parseSipriOptions(argv);
  if ('error' in options) {
    console.error(`sipri: ${options.error}\n\n${SIPRI_USAGE}`);
    return 2;
  }
  if (options.help) {
    console.log(SIPRI_USAGE);
    return 0;
  }
  const { text, sha256 } = readExport(options.exportFile);
  const imported = importSipriExport(text, options.exportFile);
  const recipients = recipientsFor(options.dataDir, options.recipients);
  const built = buildSipriReference(imported, {
    recipients,
    exportFile: basename(options.exportFile),
    sha256,
  });
  if ('error' in built) throw new Refusal(built.error);
  const { notes } = imported;
  console.log(
    `${options.exportFile}: ${notes.source}, ${releaseLabel(built.release)}; ${imported.rows} delivery rows ` +
      `(transfers from ${notes.suppliers} to ${notes.recipients}, deals of ${notes.yearFrom}-${notes.yearTo}).`,
  );
  const csvPath = join(options.dataDir, SIPRI_RESOURCE_PATH);
  const summary = `${built.totals.numRows()} rows of yearly TIV by supplier for ${recipients.join(', ')}`;
  if (options.check) {
    console.log(`Checked: would write ${summary} to ${csvPath}. Nothing written (--check).`);
    return 0;
  }
  const descriptor = await descriptorText(options.dataDir, built);
  writeAll([
    [csvPath, built.totals.toCSV()],
    [join(options.dataDir, 'datapackage.json'), descriptor],
  ]);
  console.log(
    `Wrote ${summary} to ${csvPath}, and the release to ${options.dataDir}/datapackage.json.`,
  );
  return 0;
}

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (!(error instanceof SipriExportError || error instanceof Refusal)) throw error;
    console.error(`sipri: ${error.message}`);
    process.exitCode = 1;
  },
);
