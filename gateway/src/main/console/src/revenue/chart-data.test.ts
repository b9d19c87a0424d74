import { describe, expect, it } from 'vitest';
import { aCohort, campaignAccountability, campaignLosses } from '../testing/revenue';
import { accountabilityChart, chartSummary, churnPredictorsChart, lossesChart } from './chart-data';

describe('the losses chart', () => {
  it('draws the ARR lost as bars per row, the unknown row last and the total left out', () => {
    const chart = lossesChart(campaignLosses());

    expect(chart.labels).toEqual(['spring-webinar', 'unknown']);
    expect(chart.series).toHaveLength(1);
    expect(chart.series[0]).toMatchObject({
      label: 'ARR lost',
      kind: 'money',
      mark: 'bar',
      values: [120000, 9000],
      counts: [2, 1],
    });
    expect(chartSummary(chart, 'ARR lost by campaign')).toBe(
      'ARR lost by campaign: ARR lost for 2 rows. The table below holds every figure.',
    );
  });
});

describe('the accountability chart', () => {
  it('draws ARR won, churned and saved as bars and GRR at 90, 180 and 365 days as points, per row', () => {
    const chart = accountabilityChart(campaignAccountability());

    expect(chart.labels).toEqual(['spring-webinar', 'fall-launch', 'unknown']);
    expect(chart.series.map(({ label, kind, mark }) => [label, kind, mark])).toEqual([
      ['ARR won', 'money', 'bar'],
      ['ARR churned', 'money', 'bar'],
      ['ARR saved', 'money', 'bar'],
      ['GRR 90 d', 'share', 'point'],
      ['GRR 180 d', 'share', 'point'],
      ['GRR 365 d', 'share', 'point'],
    ]);
    expect(chart.series[0]).toMatchObject({ values: [480000, 96000, 12000], counts: [12, 2, 1] });
    expect(chart.series[5]).toMatchObject({ values: [0.71, null, null], counts: [9, 0, 0] });
  });

  it('leaves the total out', () => {
    const chart = accountabilityChart(campaignAccountability());
    expect(chart.series.every((series) => series.values.length === 3)).toBe(true);
    expect(chart.series[0].values).not.toContain(588000);
  });

  it('says what it shows for those who cannot see it', () => {
    expect(chartSummary(accountabilityChart(campaignAccountability()), 'ARR by campaign')).toBe(
      'ARR by campaign: ARR won, ARR churned, ARR saved, GRR 90 d, GRR 180 d, GRR 365 d for 3 rows. ' +
        'The table below holds every figure.',
    );
  });
});

describe('the churn predictors chart', () => {
  it('sets the churn rate and GRR at 365 days with each factor beside those without it', () => {
    const chart = churnPredictorsChart({
      from: '2026-01-01',
      to: '2026-12-31',
      asOf: '2026-12-03T10:00:00Z',
      factors: [
        {
          factor: 'brief-returned',
          with: aCohort(12, 4, { value: 0.71, n: 9 }),
          without: aCohort(40, 2, { value: 0.97, n: 30 }),
        },
        {
          factor: 'first-value-late',
          with: aCohort(0, 0, { value: null, n: 0 }),
          without: aCohort(52, 6, { value: 0.9, n: 39 }),
        },
      ],
    });

    expect(chart.labels).toEqual(['Brief returned with questions', 'First value late']);
    expect(chart.series.map((series) => [series.label, series.values, series.counts])).toEqual([
      // no customer with the factor: retention sends no churn rate, so no bar
      ['Churn rate with', [0.3333, null], [12, 0]],
      ['Churn rate without', [0.05, 0.1154], [40, 52]],
      ['GRR 365 d with', [0.71, null], [9, 0]],
      ['GRR 365 d without', [0.97, 0.9], [30, 39]],
    ]);
    expect(chart.series.every((series) => series.kind === 'share' && series.mark === 'bar')).toBe(true);
  });
});
