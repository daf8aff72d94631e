/**
 * The validator: the ledger's files in, every problem out. Pure (the caller reads the files),
 * so the command line, the tests and any browser tool share it.
 */
import { readCsvRecords } from './csvRecords.ts';
import { parseDescriptor } from './descriptor.ts';
import { encodingProblem, fileFormProblem } from './fileForm.ts';
import { checkForeignKeys } from './foreignKeys.ts';
import { checkDescriptorRules, checkLedgerRules } from './ledgerRules.ts';
import { appendProblems, problemAt, sortProblems, type Problem } from './problem.ts';
import { checkProvenance, type Archive } from './provenance.ts';
import { checkRevisions } from './revisions.ts';
import { checkTable, type CheckedTable } from './tableSchema.ts';
import { decodeUtf8 } from './utf8.ts';

export const DESCRIPTOR_FILE = 'datapackage.json';

export interface LedgerInput {
  /** The data folder as the user wrote it (`data`): messages name files under it. */
  dataLabel: string;
  /** Bytes of a file of the data folder by its path inside it; undefined when there is none. */
  read: (path: string) => Uint8Array | undefined;
  /** The archived articles; without it, provenance is not checked. */
  archive?: Archive;
}

export interface TableSummary {
  file: string;
  resource: string;
  rows: number;
}

export interface ValidationResult {
  problems: Problem[];
  tables: TableSummary[];
  /** Articles provenance was checked against; undefined when no archive was given. */
  articlesChecked?: number;
}

/** `data` + `claims.csv` → `data/claims.csv`, as the user would type it. */
export function pathIn(dataLabel: string, path: string): string {
  const dir = dataLabel.replace(/[\\/]+$/, '');
  return dir === '' || dir === '.' ? path : `${dir}/${path}`;
}

export function validateLedger(input: LedgerInput): ValidationResult {
  const descriptorFile = pathIn(input.dataLabel, DESCRIPTOR_FILE);
  const problems: Problem[] = [];
  const fileMissing = (file: string, what: string) =>
    problemAt({ file, line: 1, column: 1 }, '(file)', 'file not found', what);

  const descriptorBytes = input.read(DESCRIPTOR_FILE);
  if (!descriptorBytes) {
    return {
      problems: [fileMissing(descriptorFile, 'the Data Package descriptor of the ledger')],
      tables: [],
    };
  }
  const descriptorEncoding = encodingProblem(descriptorFile, descriptorBytes);
  if (descriptorEncoding) return { problems: [descriptorEncoding], tables: [] };
  const decodedDescriptor = decodeUtf8(descriptorBytes);
  if (decodedDescriptor.firstBadByte) {
    problems.push(
      problemAt(
        { file: descriptorFile, ...decodedDescriptor.firstBadByte },
        '(encoding)',
        'first byte that is not valid UTF-8',
        'the file saved as UTF-8',
      ),
    );
  }
  const { descriptor, problems: descriptorProblems } = parseDescriptor(
    descriptorFile,
    decodedDescriptor.text,
  );
  appendProblems(problems, descriptorProblems);
  if (!descriptor) return { problems, tables: [] };
  appendProblems(problems, checkDescriptorRules(descriptor, descriptorFile));

  const tables: CheckedTable[] = [];
  for (const resource of descriptor.resources) {
    const file = pathIn(input.dataLabel, resource.path);
    const bytes = input.read(resource.path);
    if (!bytes) {
      problems.push(fileMissing(file, `the ${resource.name} table named in ${descriptorFile}`));
      continue;
    }
    const form = fileFormProblem(file, bytes);
    if (form) {
      problems.push(form);
      continue;
    }
    const csv = readCsvRecords(file, bytes);
    const table = checkTable(resource, file, csv.records);
    appendProblems(problems, csv.problems, table.problems);
    tables.push(table);
  }
  appendProblems(
    problems,
    checkForeignKeys(tables),
    checkLedgerRules(tables),
    checkRevisions(tables),
  );

  let articlesChecked: number | undefined;
  if (input.archive) {
    const byName = (name: string) => tables.find((t) => t.resource.name === name);
    const provenance = checkProvenance(
      byName('sources'),
      [byName('claims'), byName('events')],
      input.archive,
    );
    appendProblems(problems, provenance.problems);
    articlesChecked = provenance.articlesChecked;
  }

  const fileOrder = [
    descriptorFile,
    ...descriptor.resources.map((r) => pathIn(input.dataLabel, r.path)),
  ];
  return {
    problems: sortProblems(problems, fileOrder),
    tables: tables.map((t) => ({ file: t.file, resource: t.resource.name, rows: t.rows.length })),
    ...(articlesChecked === undefined ? {} : { articlesChecked }),
  };
}
