import { formatAmount, formatDecimal, formatDuration, formatPercent, humanize } from '../ui/format';
import type {
  Basis,
  ChurnFactor,
  Cohort,
  Dimension,
  Figure,
  FigureName,
  LossFigureName,
  RevenueCustomers,
} from './revenue-api';

/** Every dimension, in the order the picker offers them. */
export const DIMENSIONS: readonly { dimension: Dimension; label: string }[] = [
  { dimension: 'campaign', label: 'Campaign' },
  { dimension: 'source-channel', label: 'Source channel' },
  { dimension: 'lead-play', label: 'Lead play' },
  { dimension: 'sales-owner', label: 'Sales owner' },
  { dimension: 'account-manager', label: 'Account manager' },
  { dimension: 'segment', label: 'Segment' },
  { dimension: 'close-month', label: 'Close month' },
];

/** Who may see which dimension (retention refuses the others with 403). */
const DIMENSIONS_BY_ROLE: Record<string, readonly Dimension[]> = {
  'cs-leader': DIMENSIONS.map((entry) => entry.dimension),
  admin: DIMENSIONS.map((entry) => entry.dimension),
  marketing: ['campaign', 'source-channel'],
  sales: ['sales-owner'],
};

/** The roles that see every sales owner's row; sales alone sees only their own. */
const ALL_SALES_OWNERS = ['cs-leader', 'admin'];

/** The dimensions lead-service counts leads for: elsewhere leads and converted are null with n 0. */
const LEAD_SIDE: readonly Dimension[] = ['campaign', 'source-channel', 'lead-play', 'sales-owner', 'close-month'];

/** The dimensions a user with these roles may see, in picker order; none for everyone else. */
export function dimensionsFor(roles: readonly string[]): Dimension[] {
  const allowed = new Set(roles.flatMap((role) => DIMENSIONS_BY_ROLE[role] ?? []));
  return DIMENSIONS.map((entry) => entry.dimension).filter((dimension) => allowed.has(dimension));
}

export function mayUseRevenue(roles: readonly string[]): boolean {
  return dimensionsFor(roles).length > 0;
}

/** A sales rep sees their own row by sales owner: the others are left out and the total is theirs. */
export function seesOnlyOwnRow(roles: readonly string[], dimension: Dimension): boolean {
  return dimension === 'sales-owner' && !roles.some((role) => ALL_SALES_OWNERS.includes(role));
}

export function dimensionLabel(dimension: Dimension): string {
  return DIMENSIONS.find((entry) => entry.dimension === dimension)?.label ?? humanize(dimension);
}

export function isDimension(text: string | undefined): text is Dimension {
  return DIMENSIONS.some((entry) => entry.dimension === text);
}

/** How a figure reads. */
export type FigureKind = 'count' | 'money' | 'minutes' | 'hours' | 'days' | 'months' | 'share';

export interface FigureColumn {
  figure: FigureName;
  label: string;
  kind: FigureKind;
}

/** The accountability table's figure columns, in the order of the contract. */
export const FIGURE_COLUMNS: readonly FigureColumn[] = [
  { figure: 'leads', label: 'Leads', kind: 'count' },
  { figure: 'converted', label: 'Converted', kind: 'count' },
  { figure: 'arrWon', label: 'ARR won', kind: 'money' },
  { figure: 'medianMinutesToFirstContact', label: 'Median time to first contact', kind: 'minutes' },
  { figure: 'handoffReturns', label: 'Briefs returned', kind: 'count' },
  { figure: 'medianDaysToValue', label: 'Median days to value', kind: 'days' },
  { figure: 'shareRedNow', label: 'Red now', kind: 'share' },
  { figure: 'arrChurned', label: 'ARR churned', kind: 'money' },
  { figure: 'arrDowngraded', label: 'ARR downgraded', kind: 'money' },
  { figure: 'arrSaved', label: 'ARR saved', kind: 'money' },
  { figure: 'savePlayWinRate', label: 'Save-play win rate', kind: 'share' },
  { figure: 'grr90', label: 'GRR 90 d', kind: 'share' },
  { figure: 'grr180', label: 'GRR 180 d', kind: 'share' },
  { figure: 'grr365', label: 'GRR 365 d', kind: 'share' },
  { figure: 'nrr90', label: 'NRR 90 d', kind: 'share' },
  { figure: 'nrr180', label: 'NRR 180 d', kind: 'share' },
  { figure: 'nrr365', label: 'NRR 365 d', kind: 'share' },
];

/** The columns worth showing for a dimension: leads and converted only where lead-service counts them. */
export function figureColumns(dimension: Dimension): FigureColumn[] {
  return FIGURE_COLUMNS.filter(
    (column) => LEAD_SIDE.includes(dimension) || (column.figure !== 'leads' && column.figure !== 'converted'),
  );
}

export interface LossColumn {
  figure: LossFigureName;
  label: string;
  kind: FigureKind;
}

/** The losses table's columns, in the order of the contract: how many, how much, what they had in common. */
export const LOSS_COLUMNS: readonly LossColumn[] = [
  { figure: 'customersLost', label: 'Customers lost', kind: 'count' },
  { figure: 'arrLost', label: 'ARR lost', kind: 'money' },
  { figure: 'shareBriefReturned', label: 'Brief returned', kind: 'share' },
  { figure: 'shareFirstContactOutsideSla', label: 'First contact outside SLA', kind: 'share' },
  { figure: 'shareFirstValueLate', label: 'First value late', kind: 'share' },
  { figure: 'sharePromiseMissed', label: 'Promise missed', kind: 'share' },
  { figure: 'medianHoursToAccept', label: 'Median time to accept', kind: 'hours' },
  { figure: 'medianDaysToValue', label: 'Median days to value', kind: 'days' },
  { figure: 'medianMinutesToFirstContact', label: 'Median time to first contact', kind: 'minutes' },
  { figure: 'medianMonthsAsCustomer', label: 'Median months as customer', kind: 'months' },
];

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export function formatFigureValue(value: number | null | undefined, kind: FigureKind): string {
  if (value === null || value === undefined || Number.isNaN(value)) {
    return '—';
  }
  switch (kind) {
    case 'money':
      return formatAmount(value);
    case 'minutes':
      return formatDuration(value * MINUTE);
    case 'hours':
      return formatDuration(value * HOUR);
    case 'days':
      return `${formatDecimal(value)} d`;
    case 'months':
      return `${formatDecimal(value)} mo`;
    case 'share':
      return formatPercent(value);
    default:
      return formatDecimal(value);
  }
}

/** A figure with the count it is computed over: "71 % (n 9)"; "— (n 0)" when it has no value. */
export function formatFigure(figure: Figure | null | undefined, kind: FigureKind): string {
  return `${formatFigureValue(figure?.value, kind)} ${formatCount(figure)}`;
}

/** "(n 9)" */
export function formatCount(figure: Figure | null | undefined): string {
  return `(n ${figure?.n ?? 0})`;
}

/** The customers churned out of those in a cohort: "33 % (4 of 12)". */
export function formatChurn(cohort: Cohort): string {
  return `${formatPercent(cohort.churnRate)} (${cohort.churned} of ${cohort.customers})`;
}

/** How a row's value reads; null is the customers with no value for the dimension. */
export function rowLabel(value: string | null): string {
  return value ?? 'unknown';
}

const FACTORS: Record<ChurnFactor, string> = {
  'brief-returned': 'Brief returned with questions',
  'first-value-late': 'First value late',
  'promise-missed': 'A promise of the sale missed',
  'first-contact-outside-sla': 'First contact outside the SLA',
};

export function factorLabel(factor: string): string {
  return FACTORS[factor as ChurnFactor] ?? humanize(factor);
}

export interface Period {
  /** ISO dates, both included. */
  from: string;
  to: string;
}

/** The last 12 months up to today, as retention takes them when asked without a period. */
export function lastTwelveMonths(today: Date): Period {
  const year = today.getFullYear();
  const month = today.getMonth();
  const lastDay = new Date(year - 1, month + 1, 0).getDate();
  const yearAgo = new Date(year - 1, month, Math.min(today.getDate(), lastDay));
  return { from: isoDate(yearAgo), to: isoDate(today) };
}

/** The calendar date in the browser's time zone: "2026-12-03". */
export function isoDate(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${String(date.getFullYear()).padStart(4, '0')}-${month}-${day}`;
}

/** What the page shows, and so what its address holds. */
export interface RevenueQuery extends Period {
  dimension: Dimension;
  /** The row drilled into: its value, or null for the unknown row; undefined when none is. */
  drill?: string | null;
  /** The row of the losses drilled into, likewise. */
  lost?: string | null;
}

/** Customers per page of a row (retention takes 1 to 200, 50 when not told). */
export const CUSTOMERS_PAGE_SIZE = 100;

export function accountabilityPath(query: RevenueQuery): string {
  return `/api/revenue/accountability?${params({ dimension: query.dimension, from: query.from, to: query.to })}`;
}

/** The customers lost in the period (their churn day in it, whenever they closed), by the dimension. */
export function lossesPath(query: RevenueQuery): string {
  return `/api/revenue/losses?${params({ dimension: query.dimension, from: query.from, to: query.to })}`;
}

export function churnPredictorsPath(period: Period): string {
  return `/api/revenue/churn-predictors?${params({ from: period.from, to: period.to })}`;
}

/**
 * The customers behind a row, a page at a time (pages count from 0): those closed in the period, or with
 * `basis` lost those lost in it. The unknown row is asked for with an empty value (`value=`): without a
 * value retention answers every customer of the period.
 */
export function customersPath(
  query: RevenueQuery,
  value: string | null,
  page: number,
  basis: Basis = 'closed',
): string {
  return `/api/revenue/customers?${params(
    {
      dimension: query.dimension,
      value: value ?? '',
      from: query.from,
      to: query.to,
      basis: basis === 'closed' ? undefined : basis,
      page: page > 0 ? String(page) : undefined,
      size: String(CUSTOMERS_PAGE_SIZE),
    },
    ['value'],
  )}`;
}

/** Leaves out what is not given; an empty value too, unless its name is among `keepEmpty`. */
function params(values: Record<string, string | undefined>, keepEmpty: readonly string[] = []): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) {
    if (value !== undefined && (value !== '' || keepEmpty.includes(name))) {
      search.set(name, value);
    }
  }
  return search.toString();
}

/** Where a page of customers stands among all of the row's: which ones it shows, and whether more come before or after. */
export interface CustomersPageInfo {
  /** 1-based positions of the first and last customer shown; 0 and 0 for none. */
  first: number;
  last: number;
  total: number;
  hasPrevious: boolean;
  hasNext: boolean;
}

export function customersPageInfo(answer: RevenueCustomers): CustomersPageInfo {
  const start = answer.page * answer.size;
  const shown = answer.customers.length;
  return {
    first: shown ? start + 1 : 0,
    last: shown ? start + shown : 0,
    total: answer.totalCustomers,
    hasPrevious: answer.page > 0,
    hasNext: start + answer.size < answer.totalCustomers,
  };
}

/** The rows as retention sent them (of the accountability or of the losses), the unknown row last. */
export function rowsOf<Row extends { value: string | null }>(answer: { rows: Row[] }): Row[] {
  return [...answer.rows.filter((row) => row.value !== null), ...answer.rows.filter((row) => row.value === null)];
}

/** "2 customers lost", "1 customer closed" */
export function customerCount(count: number, what: string): string {
  return `${count} ${count === 1 ? 'customer' : 'customers'} ${what}`;
}
