import type {
  Accountability,
  Cohort,
  Figure,
  Figures,
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
