/**
 * `npm run validate -- [--data DIR] [--archive DIR] [--require-archive]`: reads the ledger and
 * the archive, hands them to validateLedger and prints the result. It never writes a file.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import {
  countLine,
  problemLines,
  provenanceNotice,
  summaryLine,
  terminalLine,
  type ArchiveStatus,
} from '../src/lib/validate/cliReport.ts';
import { parseCliOptions, USAGE } from '../src/lib/validate/cliOptions.ts';
import type { Archive } from '../src/lib/validate/provenance.ts';
import { validateLedger } from '../src/lib/validate/validateLedger.ts';

const isFile = (path: string) => existsSync(path) && statSync(path).isFile();
const isDir = (path: string) => existsSync(path) && statSync(path).isDirectory();

function main(): number {
  const options = parseCliOptions(process.argv.slice(2), process.env);
  if ('error' in options) {
    console.error(`${terminalLine(`validate: ${options.error}`)}\n\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    console.log(USAGE);
    return 0;
  }

  let archive: Archive | undefined;
  let status: ArchiveStatus = { checked: false, reason: 'not-given' };
  const { archiveDir } = options;
  if (archiveDir !== undefined) {
    if (isDir(archiveDir)) {
      status = { checked: true, dir: archiveDir };
      archive = {
        label: archiveDir,
        // Only plain file names inside the archive folder, never a path out of it.
        read: (name) => {
          const path = join(archiveDir, name);
          return basename(name) === name && isFile(path) ? readFileSync(path) : undefined;
        },
      };
    } else {
      status = {
        checked: false,
        reason: 'not-found',
        dir: archiveDir,
        from: options.archiveFrom ?? '--archive',
      };
    }
  }

  const result = validateLedger({
    dataLabel: options.dataDir,
    read: (path) => {
      const full = join(options.dataDir, path);
      return isFile(full) ? readFileSync(full) : undefined;
    },
    ...(archive ? { archive } : {}),
  });

  const notice = provenanceNotice(status);
  const archiveError = !status.checked && options.requireArchive;
  if (notice)
    console.error(
      terminalLine(archiveError ? `error: ${notice} (required here)` : `warning: ${notice}`),
    );
  for (const line of problemLines(result)) console.error(line);
  const count = result.problems.length + (archiveError ? 1 : 0);
  if (count > 0) {
    console.error(countLine(count));
    return 1;
  }
  console.log(terminalLine(summaryLine(result, status)));
  return 0;
}

process.exitCode = main();
