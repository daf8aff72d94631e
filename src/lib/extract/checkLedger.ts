/**
 * `extract --check`: extraction compared with the ledger for the archived articles.
 *
 * It reports three things: figures in the text that the ledger lacks (for a person to judge;
 * extraction also finds figures nobody would keep), ledger figures the extractor did not find,
 * and stale provenance: a claim whose paragraph no longer holds its figure_text (the validator's
 * rule) or whose archived file is missing. Only stale provenance fails the check: the ledger's
 * provenance is a fact that can be wrong, while a figure the ledger lacks may be left out on
 * purpose.
 */
import { paragraphs } from '../archive/paragraphs.ts';
import type { Candidate } from './candidate.ts';
import { extractArticle } from './extract.ts';
import { matchCandidates, type LedgerFigure } from './matchLedger.ts';

export interface CheckSource {
  source_id: string;
  archive_file: string;
  published: string | null;
  publisher: string | null;
}

export interface CheckInput {
  sources: readonly CheckSource[];
  claims: readonly LedgerFigure[];
  /** Archived text by archive_file; an Error (or undefined) when it could not be read. */
  texts: ReadonlyMap<string, string | Error>;
}

export interface SourceSummary {
  source_id: string;
  archive_file: string;
  candidates: number;
  matched: number;
  claims: number;
}

export interface CheckReport {
  sources: SourceSummary[];
  /** Candidates no ledger claim accounts for. */
  unrecorded: Candidate[];
  /** Ledger claims the extractor did not find (their text is still there). */
  missed: LedgerFigure[];
  /** Claims whose provenance no longer holds. */
  stale: Array<{ claim: LedgerFigure; reason: string }>;
  /** Sources whose archived text could not be read, and claims whose source is unknown. */
  unreadable: Array<{ source_id: string; reason: string }>;
  ok: boolean;
}

export function checkLedger(input: CheckInput): CheckReport {
  const byId = new Map(input.sources.map((s) => [s.source_id, s]));
  const paragraphCache = new Map<string, string[]>();
  const candidates: Candidate[] = [];
  const report: CheckReport = {
    sources: [],
    unrecorded: [],
    missed: [],
    stale: [],
    unreadable: [],
    ok: true,
  };
  for (const source of input.sources) {
    const text = input.texts.get(source.archive_file);
    if (typeof text !== 'string') {
      report.unreadable.push({
        source_id: source.source_id,
        reason: `cannot read ${source.archive_file}${text instanceof Error ? `: ${text.message}` : ''}`,
      });
      continue;
    }
    paragraphCache.set(source.source_id, paragraphs(text));
    const found = extractArticle(text, {
      sourceId: source.source_id,
      published: source.published,
      publisher: source.publisher,
    });
    candidates.push(...found);
  }
  const readable = input.claims.filter((c) => paragraphCache.has(c.source_id));
  for (const c of input.claims) {
    if (!byId.has(c.source_id)) {
      report.unreadable.push({
        source_id: c.source_id,
        reason: `claim ${c.claim_id} names a source that sources.csv lacks`,
      });
    }
  }
  const result = matchCandidates(candidates, readable, (id, n) => paragraphCache.get(id)?.[n - 1]);
  report.unrecorded = result.unmatched;
  report.missed = result.missed;
  report.stale = result.stale;
  for (const source of input.sources) {
    if (!paragraphCache.has(source.source_id)) continue;
    report.sources.push({
      source_id: source.source_id,
      archive_file: source.archive_file,
      candidates: candidates.filter((c) => c.source_id === source.source_id).length,
      matched: result.pairs.filter((p) => p.claim.source_id === source.source_id).length,
      claims: readable.filter((c) => c.source_id === source.source_id).length,
    });
  }
  report.ok = report.stale.length === 0 && report.unreadable.length === 0;
  return report;
}

/** The report as lines for a terminal. */
export function formatCheckReport(report: CheckReport): string {
  const lines: string[] = [];
  for (const s of report.sources) {
    lines.push(
      `${s.source_id} (${s.archive_file}): ${s.claims} ledger figures, ${s.candidates} candidates, ${s.matched} matched`,
    );
  }
  for (const u of report.unreadable) lines.push(`error: ${u.source_id}: ${u.reason}`);
  for (const s of report.stale) {
    lines.push(`error: stale provenance: ${s.claim.claim_id} (${s.claim.source_id}): ${s.reason}`);
  }
  for (const c of report.unrecorded) {
    lines.push(
      `note: not in the ledger: ${c.source_id} paragraph ${c.paragraph} chars ${c.char_start}-${c.char_end} "${c.figure_text}" (${c.unit || 'no unit'}${c.measure ? `, ${c.measure}` : ''})`,
    );
  }
  for (const m of report.missed) {
    lines.push(
      `note: extractor missed: ${m.claim_id} (${m.source_id} paragraph ${m.paragraph}) "${m.figure_text}"`,
    );
  }
  lines.push(
    report.ok
      ? `ok: provenance holds for every ledger figure (${report.unrecorded.length} figures in the text are not in the ledger; review them)`
      : `failed: ${report.stale.length} stale, ${report.unreadable.length} unreadable`,
  );
  return `${lines.join('\n')}\n`;
}
