/**
 * retention-service's revenue answers (GET /api/revenue/**), written by hand from the shared contract of
 * issue 18 because retention's committed OpenAPI document does not describe them yet.
 *
 * To be replaced by the generated `components['schemas'][...]` of `../api/generated/retention-service`
 * (as `../api/models.ts` does for the other answers) once retention-service's OpenAPI document describes
 * `/api/revenue/**`. Every other file imports these types from here, so that swap is this file alone.
 */

/** What the accountability figures are grouped by. */
export type Dimension =
  'campaign' | 'source-channel' | 'lead-play' | 'sales-owner' | 'account-manager' | 'segment' | 'close-month';

/** Every figure: its value (null when nothing to compute it over) and the count it is computed over. */
export interface Figure {
  value: number | null;
  n: number;
}

export interface Figures {
  leads: Figure;
  converted: Figure;
  arrWon: Figure;
  medianMinutesToFirstContact: Figure;
  handoffReturns: Figure;
  medianDaysToValue: Figure;
  shareRedNow: Figure;
  arrChurned: Figure;
  arrDowngraded: Figure;
  arrSaved: Figure;
  savePlayWinRate: Figure;
  grr90: Figure;
  grr180: Figure;
  grr365: Figure;
  nrr90: Figure;
  nrr180: Figure;
  nrr365: Figure;
}

export type FigureName = keyof Figures;

/** One value of the dimension; null is the customers with no value for it ("unknown"). */
export interface AccountabilityRow {
  value: string | null;
  figures: Figures;
}

/** GET /api/revenue/accountability?dimension&from&to */
export interface Accountability {
  dimension: Dimension;
  /** ISO dates: customers by close (contract) date, leads by received date. */
  from: string;
  to: string;
  asOf: string;
  rows: AccountabilityRow[];
  total: { figures: Figures };
}

export type ChurnFactor = 'brief-returned' | 'first-value-late' | 'promise-missed' | 'first-contact-outside-sla';

/** The customers with (or without) a factor: how many, how many churned, and their GRR at 365 days. */
export interface Cohort {
  customers: number;
  churned: number;
  churnRate: number;
  grr365: Figure;
}

export interface ChurnPredictor {
  factor: ChurnFactor;
  with: Cohort;
  without: Cohort;
}

/** GET /api/revenue/churn-predictors?from&to */
export interface ChurnPredictors {
  from: string;
  to: string;
  asOf: string;
  factors: ChurnPredictor[];
}

/** What travels with the customer from the lead on; every key may be null (unknown) or absent. */
export interface Lineage {
  leadId?: string | null;
  campaign?: string | null;
  sourceChannel?: string | null;
  interest?: string | null;
  leadPlay?: string | null;
  slaTier?: string | null;
  salesOwner?: string | null;
  leadReceivedAt?: string | null;
  firstContactAt?: string | null;
  minutesToFirstContact?: number | null;
  firstContactWithinSla?: boolean | null;
  dealWonAt?: string | null;
  handoffReturns?: number | null;
  acceptedAt?: string | null;
  hoursToAccept?: number | null;
  acceptingAccountManager?: string | null;
  segment?: string | null;
  daysToValue?: number | null;
  firstValueLate?: boolean | null;
  promisesMissed?: number | null;
}

/** One customer behind a row: GET /api/revenue/customers?dimension&value&from&to&page&size answers a page of them. */
export interface RevenueCustomer {
  /** The deal id that won the customer. */
  customerId: string;
  customerName?: string | null;
  contractDate?: string | null;
  startingArr?: number | null;
  arr?: number | null;
  band?: string | null;
  lifecycle?: string | null;
  lineage?: Lineage | null;
}
