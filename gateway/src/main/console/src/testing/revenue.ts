import type {
  Accountability,
  Cohort,
  Figure,
  Figures,
  LossFigures,
  Losses,
  RevenueCustomer,
  RevenueCustomers,
} from '../revenue/revenue-api';

const NONE: Figure = { value: null, n: 0 };

/** Figures as retention sends them: every key present, null with n 0 where nothing is known. */
export function someFigures(fields: Partial<Figures> = {}): Figures {
  return {
    leads: NONE,
    converted: NONE,
    arrWon: NONE,
    medianMinutesToFirstContact: NONE,
    handoffReturns: NONE,
    medianDaysToValue: NONE,
    shareRedNow: NONE,
    arrChurned: NONE,
    arrDowngraded: NONE,
    arrSaved: NONE,
    savePlayWinRate: NONE,
    grr90: NONE,
    grr180: NONE,
    grr365: NONE,
    nrr90: NONE,
    nrr180: NONE,
    nrr365: NONE,
    ...fields,
  };
}

/** The contract's example: two campaigns, the customers with no campaign, and the total. */
export function campaignAccountability(): Accountability {
  return {
    dimension: 'campaign',
    from: '2026-01-01',
    to: '2026-12-31',
    asOf: '2026-12-03T10:00:00Z',
    leadFiguresAsOf: '2026-12-03T09:58:00Z',
    rows: [
      {
        value: null,
        figures: someFigures({ arrWon: { value: 12000, n: 1 }, grr90: { value: 1, n: 1 } }),
      },
      {
        value: 'spring-webinar',
        figures: someFigures({
          leads: { value: 40, n: 40 },
          converted: { value: 12, n: 40 },
          arrWon: { value: 480000, n: 12 },
          arrChurned: { value: 96000, n: 12 },
          arrSaved: { value: 48000, n: 3 },
          grr90: { value: 0.95, n: 12 },
          grr180: { value: 0.88, n: 11 },
          grr365: { value: 0.71, n: 9 },
        }),
      },
      {
        value: 'fall-launch',
        figures: someFigures({ arrWon: { value: 96000, n: 2 }, grr90: { value: 1, n: 2 } }),
      },
    ],
    total: {
      figures: someFigures({
        leads: { value: 40, n: 40 },
        converted: { value: 12, n: 40 },
        arrWon: { value: 588000, n: 15 },
        arrChurned: { value: 96000, n: 15 },
        arrSaved: { value: 48000, n: 3 },
        grr90: { value: 0.96, n: 15 },
        grr180: { value: 0.88, n: 11 },
        grr365: { value: 0.71, n: 9 },
      }),
    },
  };
}

/** The figures of the customers lost as retention sends them: every key present, null with n 0 where unknown. */
export function someLossFigures(fields: Partial<LossFigures> = {}): LossFigures {
  return {
    customersLost: { value: 0, n: 0 },
    arrLost: { value: 0, n: 0 },
    shareBriefReturned: NONE,
    shareFirstContactOutsideSla: NONE,
    shareFirstValueLate: NONE,
    sharePromiseMissed: NONE,
    medianHoursToAccept: NONE,
    medianDaysToValue: NONE,
    medianMinutesToFirstContact: NONE,
    medianMonthsAsCustomer: NONE,
    ...fields,
  };
}

/** The customers lost last quarter by campaign: the unknown row first, as a test of the order shown. */
export function campaignLosses(): Losses {
  return {
    dimension: 'campaign',
    from: '2026-07-01',
    to: '2026-09-30',
    asOf: '2026-12-03T10:00:00Z',
    rows: [
      {
        value: null,
        figures: someLossFigures({
          customersLost: { value: 1, n: 1 },
          arrLost: { value: 9000, n: 1 },
          medianMonthsAsCustomer: { value: 13, n: 1 },
        }),
      },
      {
        value: 'spring-webinar',
        figures: someLossFigures({
          customersLost: { value: 2, n: 2 },
          arrLost: { value: 120000, n: 2 },
          shareBriefReturned: { value: 1, n: 2 },
          shareFirstContactOutsideSla: { value: 0.5, n: 2 },
          shareFirstValueLate: { value: 0.5, n: 2 },
          sharePromiseMissed: { value: 0.5, n: 2 },
          medianHoursToAccept: { value: 12.5, n: 1 },
          medianDaysToValue: { value: 42.5, n: 2 },
          medianMinutesToFirstContact: { value: 65, n: 2 },
          medianMonthsAsCustomer: { value: 10.5, n: 2 },
        }),
      },
    ],
    total: {
      figures: someLossFigures({
        customersLost: { value: 3, n: 3 },
        arrLost: { value: 129000, n: 3 },
        shareBriefReturned: { value: 1, n: 2 },
        shareFirstContactOutsideSla: { value: 0.5, n: 2 },
        shareFirstValueLate: { value: 0.5, n: 2 },
        sharePromiseMissed: { value: 0.5, n: 2 },
        medianHoursToAccept: { value: 12.5, n: 1 },
        medianDaysToValue: { value: 42.5, n: 2 },
        medianMinutesToFirstContact: { value: 65, n: 2 },
        medianMonthsAsCustomer: { value: 13, n: 3 },
      }),
    },
  };
}

/** A cohort as retention sends it: the churn rate to four decimals, null when it has no customer. */
export function aCohort(customers: number, churned: number, grr365: Figure): Cohort {
  return {
    customers,
    churned,
    churnRate: customers ? Math.round((churned / customers) * 10_000) / 10_000 : null,
    grr365,
  };
}

/** A customer behind a row as retention sends it: what it does not know left out, money as numbers. */
export function aRevenueCustomer(fields: Partial<RevenueCustomer> = {}): RevenueCustomer {
  return {
    customerId: 'D-1001',
    customerName: 'Acme, Inc.',
    contractDate: '2026-03-02',
    startingArr: 48000,
    arr: 36000,
    band: 'yellow',
    lifecycle: 'active',
    lineage: { campaign: 'spring-webinar', leadPlay: 'Enterprise fast lane', firstValueLate: true },
    ...fields,
  };
}

/** A page of the customers of spring-webinar: `value` is left out for the unknown row. */
export function customersPage(fields: Partial<RevenueCustomers> = {}): RevenueCustomers {
  return {
    dimension: 'campaign',
    value: 'spring-webinar',
    basis: 'closed',
    from: '2026-01-01',
    to: '2026-12-31',
    asOf: '2026-12-03T10:00:00Z',
    page: 0,
    size: 100,
    totalCustomers: 2,
    customers: [aRevenueCustomer(), aRevenueCustomer({ customerId: 'D-1002', customerName: 'Globex', band: 'green' })],
    ...fields,
  };
}
