import { describe, expect, it } from 'vitest';
import { formatAmount } from '../ui/format';
import {
  accountabilityPath,
  churnPredictorsPath,
  customerCount,
  customersPageInfo,
  customersPath,
  dimensionsFor,
  figureColumns,
  formatChurn,
  formatFigure,
  lastTwelveMonths,
  LOSS_COLUMNS,
  lossesPath,
  mayUseRevenue,
  rowsOf,
  seesOnlyOwnRow,
} from './revenue';
import { aCohort, campaignAccountability, campaignLosses, customersPage } from '../testing/revenue';

const EVERY_DIMENSION = [
  'campaign',
  'source-channel',
  'lead-play',
  'sales-owner',
  'account-manager',
  'segment',
  'close-month',
];

describe('which dimensions a role sees', () => {
  it('gives CS leaders and administrators every dimension', () => {
    expect(dimensionsFor(['cs-leader'])).toEqual(EVERY_DIMENSION);
    expect(dimensionsFor(['admin'])).toEqual(EVERY_DIMENSION);
  });

  it('gives marketing campaign and source channel, and sales the sales owner', () => {
    expect(dimensionsFor(['marketing'])).toEqual(['campaign', 'source-channel']);
    expect(dimensionsFor(['sales'])).toEqual(['sales-owner']);
  });

  it('adds up what several roles see, in the picker order', () => {
    expect(dimensionsFor(['sales', 'marketing'])).toEqual(['campaign', 'source-channel', 'sales-owner']);
  });

  it('gives everyone else nothing, and no Revenue in the navigation', () => {
    expect(dimensionsFor(['account-manager', 'service-agent', 'system'])).toEqual([]);
    expect(mayUseRevenue([])).toBe(false);
    expect(mayUseRevenue(['service-agent'])).toBe(false);
    expect(mayUseRevenue(['marketing'])).toBe(true);
  });

  it('tells a sales rep that the sales-owner figures are their own row only', () => {
    expect(seesOnlyOwnRow(['sales'], 'sales-owner')).toBe(true);
    expect(seesOnlyOwnRow(['sales', 'cs-leader'], 'sales-owner')).toBe(false);
    expect(seesOnlyOwnRow(['sales', 'marketing'], 'campaign')).toBe(false);
  });
});

describe('a figure with its n', () => {
  it('writes shares as whole percentages', () => {
    expect(formatFigure({ value: 0.71, n: 9 }, 'share')).toBe('71 % (n 9)');
    expect(formatFigure({ value: 1.125, n: 4 }, 'share')).toBe('113 % (n 4)');
    expect(formatFigure({ value: 0, n: 3 }, 'share')).toBe('0 % (n 3)');
  });

  it('writes money as the console writes amounts', () => {
    expect(formatFigure({ value: 480000, n: 12 }, 'money')).toBe(`${formatAmount(480000)} (n 12)`);
  });

  it('writes minutes as a duration, days with one decimal, and counts', () => {
    expect(formatFigure({ value: 95, n: 30 }, 'minutes')).toBe('1 h 35 min (n 30)');
    expect(formatFigure({ value: 12.5, n: 8 }, 'days')).toBe('12.5 d (n 8)');
    expect(formatFigure({ value: 4, n: 12 }, 'count')).toBe('4 (n 12)');
  });

  it('writes hours to accept as a duration and months as a customer with one decimal', () => {
    expect(formatFigure({ value: 12.5, n: 1 }, 'hours')).toBe('12 h 30 min (n 1)');
    expect(formatFigure({ value: 10.5, n: 2 }, 'months')).toBe('10.5 mo (n 2)');
  });

  it('writes a figure without a value as a dash, still with its n', () => {
    expect(formatFigure({ value: null, n: 0 }, 'share')).toBe('— (n 0)');
    expect(formatFigure(undefined, 'money')).toBe('— (n 0)');
  });

  it('writes a cohort’s churn with the customers it counts', () => {
    expect(formatChurn(aCohort(12, 4, { value: 0.71, n: 9 }))).toBe('33 % (4 of 12)');
    expect(formatChurn(aCohort(0, 0, { value: null, n: 0 }))).toBe('— (0 of 0)');
  });
});

describe('the accountability table', () => {
  it('shows leads and converted only for the dimensions lead-service counts', () => {
    const figures = (dimension: Parameters<typeof figureColumns>[0]) =>
      figureColumns(dimension).map((column) => column.figure);
    expect(figures('campaign')).toContain('leads');
    expect(figures('close-month')).toContain('converted');
    expect(figures('segment')).not.toContain('leads');
    expect(figures('account-manager')).not.toContain('converted');
    expect(figures('account-manager')).toHaveLength(15);
  });

  it('keeps the order retention sent, the unknown row last', () => {
    expect(rowsOf(campaignAccountability()).map((row) => row.value)).toEqual(['spring-webinar', 'fall-launch', null]);
  });
});

describe('the losses table', () => {
  it('shows how many were lost, the ARR lost, what their handoffs had in common and how long they stayed', () => {
    expect(LOSS_COLUMNS.map((column) => column.figure)).toEqual([
      'customersLost',
      'arrLost',
      'shareBriefReturned',
      'shareFirstContactOutsideSla',
      'shareFirstValueLate',
      'sharePromiseMissed',
      'medianHoursToAccept',
      'medianDaysToValue',
      'medianMinutesToFirstContact',
      'medianMonthsAsCustomer',
    ]);
  });

  it('keeps the order retention sent, the unknown row last', () => {
    expect(rowsOf(campaignLosses()).map((row) => row.value)).toEqual(['spring-webinar', null]);
  });

  it('counts the customers of a drill-down in words', () => {
    expect(customerCount(1, 'lost')).toBe('1 customer lost');
    expect(customerCount(2, 'closed')).toBe('2 customers closed');
  });
});

describe('the period', () => {
  it('is the last 12 months up to today by default', () => {
    expect(lastTwelveMonths(new Date(2026, 11, 3))).toEqual({ from: '2025-12-03', to: '2026-12-03' });
    expect(lastTwelveMonths(new Date(2028, 1, 29))).toEqual({ from: '2027-02-28', to: '2028-02-29' });
  });
});

describe('the requests', () => {
  const query = { dimension: 'campaign' as const, from: '2026-01-01', to: '2026-12-31' };

  it('asks for the accountability and the churn predictors of the period', () => {
    expect(accountabilityPath(query)).toBe(
      '/api/revenue/accountability?dimension=campaign&from=2026-01-01&to=2026-12-31',
    );
    expect(churnPredictorsPath(query)).toBe('/api/revenue/churn-predictors?from=2026-01-01&to=2026-12-31');
  });

  it('asks for the customers of a row, the unknown row with an empty value, later pages by number', () => {
    expect(customersPath(query, 'spring webinar & co', 0)).toBe(
      '/api/revenue/customers?dimension=campaign&value=spring+webinar+%26+co&from=2026-01-01&to=2026-12-31&size=100',
    );
    // without a value retention would answer every customer of the period
    expect(customersPath(query, null, 2)).toBe(
      '/api/revenue/customers?dimension=campaign&value=&from=2026-01-01&to=2026-12-31&page=2&size=100',
    );
    expect(customersPath(query, 'spring-webinar', 0, 'closed')).toBe(
      '/api/revenue/customers?dimension=campaign&value=spring-webinar&from=2026-01-01&to=2026-12-31&size=100',
    );
  });

  it('asks for the customers lost in the period by the dimension, and the lost customers of a row', () => {
    expect(lossesPath(query)).toBe('/api/revenue/losses?dimension=campaign&from=2026-01-01&to=2026-12-31');
    expect(customersPath(query, 'spring-webinar', 0, 'lost')).toBe(
      '/api/revenue/customers?dimension=campaign&value=spring-webinar&from=2026-01-01&to=2026-12-31&basis=lost&size=100',
    );
    expect(customersPath(query, null, 1, 'lost')).toBe(
      '/api/revenue/customers?dimension=campaign&value=&from=2026-01-01&to=2026-12-31&basis=lost&page=1&size=100',
    );
  });
});

describe('the pages of customers', () => {
  it('has no other page when the first holds every customer', () => {
    expect(customersPageInfo(customersPage())).toEqual({
      first: 1,
      last: 2,
      total: 2,
      hasPrevious: false,
      hasNext: false,
    });
  });

  it('counts the pages from 0 and knows from the total whether another follows', () => {
    const customers = customersPage().customers;
    expect(customersPageInfo(customersPage({ page: 0, size: 2, totalCustomers: 5, customers }))).toMatchObject({
      first: 1,
      last: 2,
      hasPrevious: false,
      hasNext: true,
    });
    expect(customersPageInfo(customersPage({ page: 1, size: 2, totalCustomers: 4, customers }))).toMatchObject({
      first: 3,
      last: 4,
      hasPrevious: true,
      hasNext: false,
    });
    expect(
      customersPageInfo(customersPage({ page: 2, size: 2, totalCustomers: 5, customers: customers.slice(1) })),
    ).toMatchObject({ first: 5, last: 5, total: 5, hasPrevious: true, hasNext: false });
  });

  it('shows none past the last page, with the way back', () => {
    expect(customersPageInfo(customersPage({ page: 3, totalCustomers: 2, customers: [] }))).toMatchObject({
      first: 0,
      last: 0,
      hasPrevious: true,
      hasNext: false,
    });
  });
});
