/**
 * The annotated Wikipedia paragraphs of tests/fixtures/extract-heldout/ (see its README), run
 * through the extractor and scored: shared by tests/extract/heldout.test.ts and the bench suite
 * bench/suites/extractQuality.ts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { paragraphs } from '../../src/lib/archive/paragraphs.ts';
import { extractArticle } from '../../src/lib/extract/extract.ts';
import { evaluate, type Annotation, type Evaluation } from '../../src/lib/extract/evaluate.ts';

export const HELDOUT_DIR = resolve(import.meta.dirname, '../fixtures/extract-heldout');

export type Split = 'dev' | 'heldout';

function annotations(split: Split): Annotation[] {
  const rows = parse(readFileSync(resolve(HELDOUT_DIR, `${split}-annotations.csv`)), {
    columns: true,
  }) as Array<Record<string, string>>;
  return rows.map((r) => ({
    file: r.file ?? '',
    paragraph: Number(r.paragraph),
    figure_text: r.figure_text ?? '',
    unit_family: r.unit_family ?? '',
    qualifier: r.qualifier ?? '',
    measure: r.measure ?? '',
    claimant_side: r.claimant_side ?? '',
    as_of: r.as_of ?? '',
    historical: r.historical === 'yes',
  }));
}

export function evaluateSplit(split: Split): Evaluation & { bytes: number } {
  const files = readdirSync(HELDOUT_DIR).filter(
    (f) => f.startsWith(`${split}-`) && f.endsWith('.txt'),
  );
  const texts = new Map(files.map((f) => [f, readFileSync(resolve(HELDOUT_DIR, f), 'utf8')]));
  const candidates = files.flatMap((file) =>
    extractArticle(texts.get(file) ?? '', { sourceId: file.replace(/\.txt$/, '') }).map((c) => ({
      ...c,
      file,
    })),
  );
  const bytes = [...texts.values()].reduce((n, t) => n + Buffer.byteLength(t), 0);
  const result = evaluate(
    annotations(split),
    candidates,
    (file, n) => paragraphs(texts.get(file) ?? '')[n - 1] ?? '',
  );
  return { ...result, bytes };
}

/** The per-field table, one row per figure, as the bench prints it. */
export function qualityRows(
  e: Evaluation,
): Array<{ field: string; right: number; of: number; share: number }> {
  return [
    { field: 'figures found (recall)', right: e.matched, of: e.annotations, share: e.recall },
    {
      field: 'candidates that are figures (precision)',
      right: e.matched,
      of: e.candidates,
      share: e.precision,
    },
    ...e.fields.map((f) => ({ ...f, share: f.of ? f.right / f.of : 0 })),
  ];
}
