/**
 * Provenance: every figure is printed where the ledger says. Each claim's figure_text must
 * occur, exactly as recorded, in paragraph N of the archived article its source names; each
 * event's paragraph must exist. The archive lives outside the repository and is passed in.
 */
import { paragraphs } from '../archive/paragraphs.ts';
import { appendProblems, problemAt, quote, type Problem } from './problem.ts';
import { readNumber, type CheckedTable, type Row } from './tableSchema.ts';
import { decodeUtf8 } from './utf8.ts';

/** The archive folder: a label for messages and a way to read one file by its name. */
export interface Archive {
  label: string;
  read: (name: string) => Uint8Array | undefined;
}

export interface ProvenanceResult {
  problems: Problem[];
  /** Archived articles found and used. */
  articlesChecked: number;
}

interface Article {
  name: string;
  paragraphs: string[];
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const DIGIT = /\p{N}/u;
const GROUPING = /[.,]/;

/** Whether the text just before `at` continues a word or a number ("1,9|00", "fiv|e"). */
function continuesBefore(text: string, at: number, figureStartsWithDigit: boolean): boolean {
  const prev = text.slice(at - 1, at);
  if (WORD_CHAR.test(prev)) return true;
  return figureStartsWithDigit && GROUPING.test(prev) && DIGIT.test(text.slice(at - 2, at - 1));
}

/** Whether the text from `at` continues a word or a number ("19|00", "19|,000", "fi|ve"). */
function continuesAfter(text: string, at: number, figureEndsWithDigit: boolean): boolean {
  const next = text.slice(at, at + 1);
  if (WORD_CHAR.test(next)) return true;
  return figureEndsWithDigit && GROUPING.test(next) && DIGIT.test(text.slice(at + 1, at + 2));
}

/**
 * Whether `figure` occurs in `text` as a whole: a figure starting or ending with a letter or
 * digit may not be part of a longer word or number ("18" is not in "180", "900" is not in
 * "1,900", "five" is not in "fiver"). Otherwise the match is exact, character for character.
 */
export function occursAsWhole(text: string, figure: string): boolean {
  if (figure === '') return false;
  const startsWord = WORD_CHAR.test(figure.slice(0, 1));
  const endsWord = WORD_CHAR.test(figure.slice(-1));
  const startsDigit = DIGIT.test(figure.slice(0, 1));
  const endsDigit = DIGIT.test(figure.slice(-1));
  for (let i = text.indexOf(figure); i !== -1; i = text.indexOf(figure, i + 1)) {
    const end = i + figure.length;
    if (startsWord && continuesBefore(text, i, startsDigit)) continue;
    if (endsWord && continuesAfter(text, end, endsDigit)) continue;
    return true;
  }
  return false;
}

export function checkProvenance(
  sources: CheckedTable | undefined,
  cited: readonly (CheckedTable | undefined)[],
  archive: Archive,
): ProvenanceResult {
  const problems: Problem[] = [];
  const articles = new Map<string, Article>();
  for (const row of sources?.rows ?? []) {
    const id = row.cells.get('source_id');
    const cell = row.cells.get('archive_file');
    if (!sources || !id || !cell || cell.value === '' || sources.invalid.has(cell)) continue;
    const bytes = archive.read(cell.value);
    if (!bytes) {
      problems.push(
        problemAt(
          { file: sources.file, ...cell },
          'archive_file',
          `${quote(cell.value)} is not in the archive ${archive.label}`,
          `the archived text of this article saved as ${archive.label}/${cell.value}`,
        ),
      );
      continue;
    }
    const decoded = decodeUtf8(bytes);
    if (decoded.firstBadByte) {
      const { line, column } = decoded.firstBadByte;
      problems.push(
        problemAt(
          { file: sources.file, ...cell },
          'archive_file',
          `archived text is not valid UTF-8 (first bad byte at ${cell.value}:${line}:${column})`,
          'the archived text saved as UTF-8',
        ),
      );
    }
    articles.set(id.value, { name: cell.value, paragraphs: paragraphs(decoded.text) });
  }

  for (const table of cited) {
    for (const row of table?.rows ?? []) {
      if (table) appendProblems(problems, checkRow(table, row, articles));
    }
  }
  return { problems, articlesChecked: articles.size };
}

/** One claim or event against its article. */
function checkRow(table: CheckedTable, row: Row, articles: Map<string, Article>): Problem[] {
  const usable = (name: string) => {
    const cell = row.cells.get(name);
    return cell && cell.value !== '' && !table.invalid.has(cell) ? cell : undefined;
  };
  const source = usable('source_id');
  const paragraphCell = usable('paragraph');
  // An unknown source or a missing archive file is reported once, on its own row.
  const article = source ? articles.get(source.value) : undefined;
  const n = paragraphCell ? readNumber(paragraphCell.value, 'integer') : undefined;
  if (!article || !paragraphCell || n === undefined) return [];

  const count = article.paragraphs.length;
  const text = article.paragraphs[n - 1];
  if (text === undefined) {
    return [
      problemAt(
        { file: table.file, ...paragraphCell },
        'paragraph',
        `${n} is past the end of ${article.name}, which has ${count} paragraphs`,
        `1 to ${count}: paragraph N is the N-th non-empty line of the archived text`,
      ),
    ];
  }
  const figure = usable('figure_text');
  if (!figure || occursAsWhole(text, figure.value)) return [];
  const elsewhere = article.paragraphs
    .map((p, i) => (occursAsWhole(p, figure.value) ? i + 1 : 0))
    .filter((i) => i > 0);
  const hint =
    elsewhere.length > 0
      ? `it is printed in paragraph ${elsewhere.join(', ')}`
      : text.includes(figure.value)
        ? 'there it is only part of a longer word or number'
        : 'it is printed nowhere in the article, in these exact characters';
  return [
    problemAt(
      { file: table.file, ...figure },
      'figure_text',
      `${quote(figure.value)} is not printed in paragraph ${n} of ${article.name}`,
      `the figure exactly as printed in that paragraph; ${hint}`,
    ),
  ];
}
