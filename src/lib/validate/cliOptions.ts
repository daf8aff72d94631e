/** Command-line options of `npm run validate`, parsed without touching the file system. */

export interface CliOptions {
  dataDir: string;
  /** Archive folder from --archive or LEDGER_ARCHIVE; undefined when neither is given. */
  archiveDir?: string;
  archiveFrom?: '--archive' | 'LEDGER_ARCHIVE';
  /** --require-archive or LEDGER_REQUIRE_ARCHIVE=1 (CI): no archive is then an error. */
  requireArchive: boolean;
  help: boolean;
}

export const USAGE = `Usage: npm run validate -- [--data DIR] [--archive DIR] [--require-archive]

  --data DIR         the ledger folder (default: data)
  --archive DIR      folder of archived article texts, to check provenance
                     (default: the LEDGER_ARCHIVE environment variable)
  --require-archive  fail when the archive is missing (also LEDGER_REQUIRE_ARCHIVE=1); CI sets it

Prints each problem as file:line:column field problem (expected ...), the first 100 of
them and then how many more, and exits 1; exits 0 when the ledger is valid. Writes nothing.`;

const truthy = (v: string | undefined) => v !== undefined && /^(1|true|yes)$/i.test(v.trim());

export function parseCliOptions(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): CliOptions | { error: string } {
  const options: CliOptions = {
    dataDir: 'data',
    requireArchive: truthy(env.LEDGER_REQUIRE_ARCHIVE),
    help: false,
  };
  if (env.LEDGER_ARCHIVE) {
    options.archiveDir = env.LEDGER_ARCHIVE;
    options.archiveFrom = 'LEDGER_ARCHIVE';
  }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s) : [arg];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '' || (inline === undefined && v.startsWith('--'))) {
        throw new Error(`${flag} needs a folder`);
      }
      return v;
    };
    try {
      if (flag === '--data') options.dataDir = value();
      else if (flag === '--archive') {
        options.archiveDir = value();
        options.archiveFrom = '--archive';
      } else if (flag === '--require-archive' && inline === undefined)
        options.requireArchive = true;
      else if ((flag === '--help' || flag === '-h') && inline === undefined) options.help = true;
      else return { error: `unknown argument ${JSON.stringify(arg)}` };
    } catch (err) {
      return { error: (err as Error).message };
    }
  }
  return options;
}
