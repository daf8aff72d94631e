import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importSipriExport } from '../../src/lib/reference/importSipriExport.ts';
import { SipriExportError } from '../../src/lib/reference/sipriExportError.ts';

/** The fixture exports (made-up rows, see tests/fixtures/sipri/README.md). */
const FIXTURES = 'tests/fixtures/sipri';
const fixture = (name: string) => readFileSync(`${FIXTURES}/${name}`, 'utf8');
const load = (name: string) => importSipriExport(fixture(name), `${FIXTURES}/${name}`);

/** The refusal an import ends in, or a failure when it imports. */
function refusal(text: string, file: string): SipriExportError {
  try {
    importSipriExport(text, file);
  } catch (e) {
    if (e instanceof SipriExportError) return e;
    throw e;
  }
  throw new Error(`${file} was imported, not refused`);
}

describe('importSipriExport on a well-formed export', () => {
  const imported = load('valid.csv');

  it('reads the notes block: scope, years, unit, source and when the data was generated', () => {
    expect({ ...imported.notes, lines: imported.notes.lines.length }).toEqual({
      suppliers: 'All countries',
      recipients: 'All countries',
      yearFrom: 2015,
      yearTo: 2030,
      tivUnit: 'millions',
      source: 'SIPRI Arms Transfers Database',
      generated: '2025-01-03T21:16:02',
      lines: 11,
    });
  });

  it('reads every row, with a quoted field holding a comma', () => {
    expect(imported.rows).toBe(11);
    expect(imported.deliveryYears).toEqual([2015, 2020]);
    expect(imported.ignoredColumns).toEqual([]);
    expect(imported.deliveries.array('designation')).toContain('Test kit, quoted');
    expect(imported.deliveries.object(0)).toMatchObject({
      deal_id: 90001,
      supplier: 'Israel',
      recipient: 'Azerbaijan',
      order_year: 2014,
      order_year_estimate: false,
      number_delivered: 4,
      number_delivered_estimate: true,
      delivery_year: 2015,
      delivery_year_estimate: false,
      tiv_delivered: 20,
      local_production: false,
    });
  });

  it('keeps an empty estimate flag as unknown (null), and a 0 TIV as 0', () => {
    const belarus = imported.deliveries.filter(
      (d: { supplier: string }) => d.supplier === 'Belarus',
    );
    expect(belarus.object(0)).toMatchObject({
      number_delivered_estimate: null,
      delivery_year_estimate: null,
      tiv_delivered: 0,
    });
  });

  it('reads the same export with CRLF line ends and a byte-order mark', () => {
    const crlf = `\uFEFF${fixture('valid.csv').replace(/\n/g, '\r\n')}`;
    const again = importSipriExport(crlf, 'crlf.csv');
    expect(again.notes).toEqual(imported.notes);
    expect(again.deliveries.objects()).toEqual(imported.deliveries.objects());
  });

  it('ignores blank lines after the table', () => {
    const again = importSipriExport(`${fixture('valid.csv')}\n\n`, 'trailing.csv');
    expect(again.rows).toBe(imported.rows);
  });
});

describe("SIPRI's ? for uncertain values", () => {
  it('reads a trailing ? as an estimate, in a layout without "is estimate" columns', () => {
    const imported = load('question-marks.csv');
    expect(
      imported.deliveries
        .select(
          'number_delivered',
          'number_delivered_estimate',
          'delivery_year',
          'delivery_year_estimate',
          'tiv_delivered',
          'tiv_delivered_estimate',
        )
        .objects(),
    ).toEqual([
      {
        number_delivered: 4,
        number_delivered_estimate: true,
        delivery_year: 2016,
        delivery_year_estimate: false,
        tiv_delivered: 8,
        tiv_delivered_estimate: false,
      },
      {
        number_delivered: 4,
        number_delivered_estimate: false,
        delivery_year: 2017,
        delivery_year_estimate: true,
        tiv_delivered: 8,
        tiv_delivered_estimate: true,
      },
      // An empty TIV: no delivery identified, by the notes' convention.
      {
        number_delivered: 12,
        number_delivered_estimate: false,
        delivery_year: 2017,
        delivery_year_estimate: false,
        tiv_delivered: null,
        tiv_delivered_estimate: false,
      },
    ]);
  });

  it('reads ? beside an "is estimate" column as an estimate whatever the column says', () => {
    const text = fixture('valid.csv').replace(
      '90003,Russia,Azerbaijan,Test tank-C,tank,Armoured vehicles,2013,No,10,No,2015',
      '90003,Russia,Azerbaijan,Test tank-C,tank,Armoured vehicles,2013,No,10?,No,2015',
    );
    const row = importSipriExport(text, 'q.csv')
      .deliveries.filter(
        (d: { supplier: string; delivery_year: number }) => d.supplier === 'Russia',
      )
      .object(0);
    expect(row).toMatchObject({ number_delivered: 10, number_delivered_estimate: true });
  });
});

describe('a malformed or different export is refused with file, line, column and what was expected', () => {
  const cases: [file: string, place: string, problem: RegExp, expected: RegExp][] = [
    ['malformed-no-notes.csv', ':1', /notes block .* is missing/, /notes block of a SIPRI export/],
    [
      'malformed-no-generated.csv',
      ':1',
      /does not give the date the data was generated/,
      /Data generated: D Mon YYYY/,
    ],
    [
      'malformed-tiv-table.csv',
      ':1',
      /not a trade-register export/,
      /Supplier, Recipient, Delivery year, TIV delivery values/,
    ],
    [
      'malformed-missing-column.csv',
      ':12',
      /header row lacks TIV delivery values/,
      /header row naming/,
    ],
    ['malformed-short-row.csv', ':16', /the row has 16 fields/, /as many fields as the header row/],
    ['malformed-bad-tiv.csv', ':15 (column TIV delivery values)', /"25m"/, /a number such as 12/],
    [
      'malformed-bad-flag.csv',
      ':17 (column Numbers delivered is estimate)',
      /"Maybe"/,
      /Yes, No or empty/,
    ],
    [
      'malformed-year-out-of-range.csv',
      ':18 (column Delivery year)',
      /delivery year 2014 lies outside/,
      /from 2015 to 2030/,
    ],
    [
      'malformed-bad-quote.csv',
      ':19',
      /not readable as CSV \(csv-parse stopped at line 23/,
      /RFC 4180/,
    ],
    ['malformed-empty-supplier.csv', ':14 (column Supplier)', /Supplier is empty/, /a name/],
  ];
  for (const [file, place, problem, expected] of cases) {
    it(file, () => {
      const path = `${FIXTURES}/${file}`;
      const e = refusal(fixture(file), path);
      expect(e.message.startsWith(`${path}${place}: `), e.message).toBe(true);
      expect(e.problem).toMatch(problem);
      expect(e.expected).toMatch(expected);
    });
  }

  it('refuses an impossible generation date', () => {
    const text = fixture('valid.csv').replace('Data generated: 3 Jan', 'Data generated: 31 Feb');
    expect(refusal(text, 'x.csv').problem).toMatch(/not a calendar date/);
  });

  it('refuses a year range that runs backwards', () => {
    const text = fixture('valid.csv').replace("'2015' to '2030'", "'2030' to '2015'");
    expect(refusal(text, 'x.csv').message).toMatch(/^x\.csv:1: the year range runs backwards/);
  });

  it('refuses a header that names a column twice', () => {
    const text = fixture('valid.csv').replace(',Status,', ',Supplier,');
    expect(refusal(text, 'x.csv').message).toMatch(
      /^x\.csv:12 \(column Supplier\): column Supplier appears twice/,
    );
  });
});
