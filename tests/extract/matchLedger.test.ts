import { describe, expect, it } from 'vitest';
import { matchCandidates, occurrences } from '../../src/lib/extract/matchLedger.ts';
import { checkLedger, formatCheckReport } from '../../src/lib/extract/checkLedger.ts';
import { paragraphs } from '../../src/lib/archive/paragraphs.ts';
import { extract } from './helpers.ts';

const TEXT = [
  'Storm hits the coast',
  'The storm killed at least 40 people and left some 200 homes without power.',
  'Officials said 12 boats were lost; the port reopened after three days.',
].join('\n');

describe('matching candidates to ledger claims', () => {
  const paragraphOf = (_: string, n: number) => paragraphs(TEXT)[n - 1];
  const claim = (claim_id: string, paragraph: number, figure_text: string) => ({
    claim_id,
    source_id: 'example',
    paragraph,
    figure_text,
  });

  it('matches by overlap, so the ledger may include or leave out qualifying words', () => {
    const result = matchCandidates(
      extract(TEXT),
      [claim('deaths', 2, 'at least 40'), claim('homes', 2, '200'), claim('days', 3, 'three days')],
      paragraphOf,
    );
    expect(result.pairs.map((p) => [p.claim.claim_id, p.candidate.figure_text])).toEqual([
      ['deaths', 'at least 40'],
      ['homes', 'some 200'],
      ['days', 'three days'],
    ]);
    expect(result.unmatched.map((c) => c.figure_text)).toEqual(['12']);
  });

  it('reports stale provenance and figures the extractor missed', () => {
    const result = matchCandidates(
      extract(TEXT).filter((c) => c.figure_text !== '12'),
      [claim('moved', 2, 'at least 41'), claim('gone', 9, '40'), claim('boats', 3, '12')],
      paragraphOf,
    );
    expect(result.stale.map((s) => [s.claim.claim_id, s.reason])).toEqual([
      ['moved', 'paragraph 2 no longer contains "at least 41"'],
      ['gone', 'the article has no paragraph 9'],
    ]);
    expect(result.missed.map((c) => c.claim_id)).toEqual(['boats']);
  });

  it('gives a bare figure the candidate printed as it is, not one with qualifying words', () => {
    const text = 'In at least four cases rockets hit homes; in four of them children died.';
    const result = matchCandidates(
      extract(text),
      [claim('bare', 1, 'four'), claim('qualified', 1, 'at least four')],
      () => text,
    );
    expect(result.pairs.map((p) => [p.claim.claim_id, p.candidate.figure_text])).toEqual([
      ['bare', 'four'],
      ['qualified', 'at least four'],
    ]);
  });

  it('uses each occurrence once when a figure is printed twice in a paragraph', () => {
    expect(occurrences('5 days and 5 days', '5 days')).toEqual([
      { start: 0, end: 6 },
      { start: 11, end: 17 },
    ]);
  });
});

describe('checking the ledger against the archive', () => {
  const sources = [
    {
      source_id: 'example',
      archive_file: '000_0000000000000000.txt',
      published: '2020-10-05',
      publisher: null,
    },
  ];
  const texts = new Map<string, string | Error>([['000_0000000000000000.txt', TEXT]]);

  it('passes when provenance holds, listing figures the ledger lacks', () => {
    const report = checkLedger({
      sources,
      claims: [
        { claim_id: 'deaths', source_id: 'example', paragraph: 2, figure_text: 'at least 40' },
      ],
      texts,
    });
    expect(report.ok).toBe(true);
    expect(report.unrecorded.map((c) => c.figure_text)).toEqual(['some 200', '12', 'three days']);
    expect(formatCheckReport(report)).toMatch(/^ok: /m);
  });

  it('fails on stale provenance and on an unreadable archive file', () => {
    const stale = checkLedger({
      sources,
      claims: [
        { claim_id: 'deaths', source_id: 'example', paragraph: 2, figure_text: 'at least 45' },
      ],
      texts,
    });
    expect(stale.ok).toBe(false);
    expect(formatCheckReport(stale)).toMatch(/stale provenance: deaths/);
    const missing = checkLedger({ sources, claims: [], texts: new Map() });
    expect(missing.ok).toBe(false);
    expect(missing.unreadable[0]?.reason).toMatch(/cannot read 000_0000000000000000.txt/);
  });
});
