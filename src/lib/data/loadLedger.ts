/**
 * The one loader: the ledger's CSV texts in, typed Arquero tables out. It runs unchanged in the
 * browser (texts bundled by Vite) and in Node (texts read from disk), so the dashboard, the
 * command-line tools and the notebooks all see the same tables.
 */
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { columnParsers, type ResourceName } from './columnParsers.ts';
import { TOPIC_OF_COUNTED, TOPIC_OF_MEASURE } from './types.ts';

export type LedgerTexts = Record<ResourceName, string>;

export interface Ledger {
  sources: ColumnTable;
  /** Claims joined to their sources (publisher, date, headline, ...), with a derived `topic`. */
  claims: ColumnTable;
  events: ColumnTable;
}

interface TopicInputs {
  measure: string;
  counted: string;
}
interface TopicParams {
  byMeasure: Record<string, string>;
  byCounted: Record<string, string>;
}

function readTable(resource: ResourceName, text: string): ColumnTable {
  return aq.fromCSV(text.replace(/^\uFEFF/, ''), {
    autoType: false,
    parse: columnParsers(resource),
  });
}

/** Parse the three CSV texts into tables. Run `npm run validate` first: this trusts the contract. */
export function loadLedger(texts: LedgerTexts): Ledger {
  const sources = readTable('sources', texts.sources);
  const events = readTable('events', texts.events);
  const sourcesForJoin = sources.rename({ note: 'source_note' });
  const sourceColumns = sourcesForJoin.columnNames((name) => name !== 'source_id');
  const claims = readTable('claims', texts.claims)
    // Same rule as topicOf() in types.ts, written as an Arquero expression (it cannot call out).
    .params({ byMeasure: TOPIC_OF_MEASURE, byCounted: TOPIC_OF_COUNTED })
    .derive({
      topic: (d: TopicInputs, $: TopicParams) => $.byCounted[d.counted] || $.byMeasure[d.measure],
    })
    .lookup(sourcesForJoin, 'source_id', ...sourceColumns);
  return { sources, claims, events };
}
