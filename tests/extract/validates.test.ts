/**
 * Every candidate without a review flag is a row the ledger accepts: it goes through the
 * validator (src/lib/validate) as data/claims.csv beside the real descriptor, and no problem may
 * be reported for it. Property-tested over generated news sentences (fast-check), the
 * generated benchmark article, the annotated Wikipedia paragraphs and, when the archive is
 * there, the seed articles.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { extractArticle } from '../../src/lib/extract/extract.ts';
import { syntheticArticle } from '../../src/lib/extract/syntheticArticle.ts';
import { CLAIM_COLUMNS, type Candidate } from '../../src/lib/extract/candidate.ts';
import { validateLedger } from '../../src/lib/validate/validateLedger.ts';
import { HELDOUT_DIR } from './heldoutFixture.ts';

const repoRoot = resolve(import.meta.dirname, '../..');
const archive = resolve(repoRoot, '../shared/articles');
const encoder = new TextEncoder();

const SOURCES =
  'source_id,publisher,publisher_basis,headline,byline,published,published_precision,wire,url,archive_file,language,note\n' +
  'example,Example,stated,,,2020-10-05,stated,,,999_0000000000000000.txt,en,\n';
const EVENTS = 'event_id,date,date_precision,date_basis,category,title,source_id,paragraph,note\n';

function cell(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Problems the validator reports for `rows` as the ledger's claims. */
function problemsFor(rows: readonly Candidate[]): string[] {
  const claims =
    `${CLAIM_COLUMNS.join(',')}\n` +
    rows.map((r) => `${CLAIM_COLUMNS.map((c) => cell(r[c])).join(',')}\n`).join('');
  const files: Record<string, string> = {
    'sources.csv': SOURCES,
    'claims.csv': claims,
    'events.csv': EVENTS,
  };
  const result = validateLedger({
    dataLabel: 'data',
    read: (path) => {
      if (files[path] !== undefined) return encoder.encode(files[path]);
      const file = resolve(repoRoot, 'data', path);
      return existsSync(file) ? readFileSync(file) : undefined;
    },
  });
  return result.problems.map((p) => `${p.file}:${p.line} ${p.field} ${p.message}`);
}

function unflagged(text: string): Candidate[] {
  return extractArticle(text, { sourceId: 'example', published: '2020-10-05' }).filter(
    (c) => c.flags.length === 0,
  );
}

const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);

/** A news-like sentence built from parts that carry figures, units, signals and attributions. */
const sentence = fc
  .record({
    qualifier: pick(['', 'at least ', 'more than ', 'nearly ', 'about ', 'up to ', 'some ']),
    number: fc.oneof(
      fc.integer({ min: 0, max: 250_000 }).map((n) => n.toLocaleString('en-GB')),
      pick(['two', 'eight', 'dozens of', 'hundreds of', 'several', 'tens of thousands of']),
      fc
        .tuple(fc.integer({ min: 1, max: 90 }), fc.integer({ min: 1, max: 90 }))
        .map(([a, b]) => `${Math.min(a, b)}-${Math.max(a, b) + 1}`),
    ),
    side: pick(['', 'Armenian ', 'Azerbaijani ', 'Syrian ', 'ethnic ']),
    noun: pick([
      'soldiers',
      'civilians',
      'people',
      'tanks',
      'drones',
      'armoured vehicles',
      'artillery pieces',
      'attacks',
      'servicemen',
      'mercenaries',
      'percent of the population',
    ]),
    verb: pick([
      'were killed',
      'were wounded',
      'went missing',
      'were destroyed',
      'were shot down',
      'fled',
      'were captured',
      'died',
    ]),
    speaker: pick([
      '',
      ', the ministry said',
      ', according to Baku',
      ', Yerevan announced',
      ', Human Rights Watch reported',
      ', officials told reporters',
    ]),
    when: pick(['', ' on Monday', ' by 7 October', ' in 1993', ' yesterday', ' over two days']),
  })
  .map((p) => `${p.qualifier}${p.number} ${p.side}${p.noun} ${p.verb}${p.when}${p.speaker}.`);

describe('candidates without a flag pass the validator', () => {
  it('on generated sentences (property)', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 6 }), (sentences) => {
        const rows = unflagged(sentences.join(' '));
        expect(problemsFor(rows)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('on the generated benchmark article', () => {
    const rows = unflagged(syntheticArticle(40_000, 11));
    expect(rows.length).toBeGreaterThan(0);
    expect(problemsFor(rows)).toEqual([]);
  });

  it('on the annotated Wikipedia paragraphs', () => {
    const files = readdirSync(HELDOUT_DIR).filter((f) => f.endsWith('.txt'));
    const rows = files.flatMap((f) => unflagged(readFileSync(resolve(HELDOUT_DIR, f), 'utf8')));
    // Ids are unique per source; here every file is read as the one source "example".
    const unique = rows.map((r, i) => ({ ...r, claim_id: `${r.claim_id}-f${i}` }));
    expect(unique.length).toBeGreaterThan(0);
    expect(problemsFor(unique)).toEqual([]);
  });

  it.runIf(existsSync(archive))('on the archived articles', () => {
    const files = readdirSync(archive).filter((f) => f.endsWith('.txt'));
    const rows = files.flatMap((f, k) =>
      unflagged(readFileSync(resolve(archive, f), 'utf8')).map((r) => ({
        ...r,
        claim_id: `${r.claim_id}-a${k}`,
      })),
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(problemsFor(rows)).toEqual([]);
  });
});
