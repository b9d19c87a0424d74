import type { Accountability, ChurnPredictors, Lineage, Losses, RevenueCustomer } from './revenue-api';
import { figureColumns, LOSS_COLUMNS, rowsOf } from './revenue';

export type CsvValue = string | number | boolean | null | undefined;

/**
 * RFC 4180 CSV: a header row and the records, CRLF after each line, and a field quoted (its quotes
 * doubled) when it holds a comma, a quote or a line break. Unknown values are empty fields; numbers are
 * written as JSON writes them (0.71, not "71 %"), so that spreadsheets compute with them.
 */
export function toCsv(header: string[], records: CsvValue[][]): string {
  return [header, ...records].map((record) => record.map(csvField).join(',') + '\r\n').join('');
}

/**
 * One field. Text that a spreadsheet would run as a formula (=, +, -, @, tab or carriage return first: a
 * campaign name is typed by whoever filled in a web form) is written with a leading apostrophe.
 */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) {
    return '';
  }
  if (typeof value !== 'string') {
    return String(value);
  }
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The label of the total's record, in the dimension's column. */
export const TOTAL = 'Total';

/**
 * The accountability table: the dimension's value (empty for the unknown row), then each figure's value
 * and its n as two columns ("grr365", "grr365 n"); the total last.
 */
export function accountabilityCsv(accountability: Accountability): string {
  const columns = figureColumns(accountability.dimension);
  const header = [accountability.dimension, ...columns.flatMap(({ figure }) => [figure, `${figure} n`])];
  const record = (label: string | null, figures: Accountability['total']['figures']): CsvValue[] => [
    label,
    ...columns.flatMap(({ figure }) => [figures[figure]?.value, figures[figure]?.n]),
  ];
  return toCsv(header, [
    ...rowsOf(accountability).map((row) => record(row.value, row.figures)),
    record(TOTAL, accountability.total.figures),
  ]);
}

/**
 * The losses table: the dimension's value (empty for the unknown row), then each figure's value and its n
 * as two columns ("arrLost", "arrLost n"); the total last.
 */
export function lossesCsv(losses: Losses): string {
  const header = [losses.dimension, ...LOSS_COLUMNS.flatMap(({ figure }) => [figure, `${figure} n`])];
  const record = (label: string | null, figures: Losses['total']['figures']): CsvValue[] => [
    label,
    ...LOSS_COLUMNS.flatMap(({ figure }) => [figures[figure]?.value, figures[figure]?.n]),
  ];
  return toCsv(header, [
    ...rowsOf(losses).map((row) => record(row.value, row.figures)),
    record(TOTAL, losses.total.figures),
  ]);
}

const COHORT_COLUMNS = ['customers', 'churned', 'churnRate', 'grr365', 'grr365 n'];

/** One record per factor: the customers with it, then those without. */
export function churnPredictorsCsv(predictors: ChurnPredictors): string {
  const header = [
    'factor',
    ...COHORT_COLUMNS.map((column) => `with ${column}`),
    ...COHORT_COLUMNS.map((column) => `without ${column}`),
  ];
  return toCsv(
    header,
    predictors.factors.map(({ factor, with: withFactor, without }) => [
      factor,
      ...[withFactor, without].flatMap((cohort) => [
        cohort.customers,
        cohort.churned,
        cohort.churnRate,
        cohort.grr365?.value,
        cohort.grr365?.n,
      ]),
    ]),
  );
}

const LINEAGE_KEYS: (keyof Lineage)[] = [
  'leadId',
  'campaign',
  'sourceChannel',
  'interest',
  'leadPlay',
  'slaTier',
  'salesOwner',
  'leadReceivedAt',
  'firstContactAt',
  'minutesToFirstContact',
  'firstContactWithinSla',
  'dealWonAt',
  'handoffReturns',
  'acceptedAt',
  'hoursToAccept',
  'acceptingAccountManager',
  'segment',
  'daysToValue',
  'firstValueLate',
  'promisesMissed',
];

/** The customers behind a row (the day each was lost, if it was), with every key of their lineage as a column of its own. */
export function customersCsv(customers: RevenueCustomer[]): string {
  return toCsv(
    [
      'customerId',
      'customerName',
      'contractDate',
      'startingArr',
      'arr',
      'band',
      'lifecycle',
      'churnedOn',
      ...LINEAGE_KEYS,
    ],
    customers.map((customer) => [
      customer.customerId,
      customer.customerName,
      customer.contractDate,
      customer.startingArr,
      customer.arr,
      customer.band,
      customer.lifecycle,
      customer.churnedOn,
      ...LINEAGE_KEYS.map((key) => customer.lineage?.[key]),
    ]),
  );
}

/** A file name part from anything: "Spring webinar / EU" → "spring-webinar-eu". */
export function fileNamePart(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'unknown'
  );
}

/**
 * Hands the CSV to the browser as a download. A byte order mark first, so that spreadsheets read the
 * UTF-8 (names with accents) as UTF-8.
 */
export function downloadCsv(fileName: string, csv: string): void {
  const url = URL.createObjectURL(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
