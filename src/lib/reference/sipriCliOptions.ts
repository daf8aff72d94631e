/** Command-line options of `npm run sipri`, parsed (by Node's parseArgs) without touching files. */
import { parseArgs } from 'node:util';

/** The export the project was built against, beside the checkout (see ../shared/SOURCES.md). */
export const DEFAULT_EXPORT =
  '../shared/reference/sipri-trade-register-2000-2030-generated-2025-01-03.csv';

export const SIPRI_USAGE = `Usage: npm run sipri -- [--export FILE] [--data DIR] [--recipient NAME]... [--check]

  --export FILE     a SIPRI trade-register export, as SIPRI's website generates it
                    (default: ${DEFAULT_EXPORT})
  --data DIR        the ledger folder (default: data). The recipients its arms figures name are
                    kept; the table goes to DIR/reference/sipri-transfers.csv and its entry,
                    with the release, into DIR/datapackage.json
  --recipient NAME  keep this recipient's imports too, spelt as SIPRI does; may be repeated
  --check           read and check the export and say what it holds; write nothing

A malformed or different export is refused with file:line (column): problem; expected ...
and exit status 1; nothing is written then. Bad arguments exit with status 2.`;

export interface SipriCliOptions {
  exportFile: string;
  dataDir: string;
  recipients: string[];
  check: boolean;
  help: boolean;
}

export function parseSipriOptions(argv: readonly string[]): SipriCliOptions | { error: string } {
  try {
    const { values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        export: { type: 'string' },
        data: { type: 'string' },
        recipient: { type: 'string', multiple: true },
        check: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    for (const [name, value] of Object.entries(values)) {
      const empty = Array.isArray(value) ? value.some((v) => v.trim() === '') : value === '';
      if (empty) return { error: `--${name} needs a value` };
    }
    return {
      exportFile: values.export ?? DEFAULT_EXPORT,
      dataDir: values.data ?? 'data',
      recipients: values.recipient ?? [],
      check: values.check ?? false,
      help: values.help ?? false,
    };
  } catch (e) {
    return { error: (e as Error).message };
  }
}
