import type { Accountability, ChurnPredictors, FigureName, Losses } from './revenue-api';
import { factorLabel, rowLabel, rowsOf, type FigureKind } from './revenue';

/** One line of a chart: a value per label (null where unknown, left out) and the n each is computed over. */
export interface Series {
  label: string;
  kind: Extract<FigureKind, 'money' | 'share'>;
  /** Bars, or points on the right-hand axis for shares drawn over money. */
  mark: 'bar' | 'point';
  color: string;
  values: (number | null)[];
  counts: number[];
}

/** What a chart draws, independent of the library that draws it. */
export interface ChartSeries {
  labels: string[];
  series: Series[];
}

const ARR: { figure: FigureName; label: string; color: string }[] = [
  { figure: 'arrWon', label: 'ARR won', color: '#1f5fbf' },
  { figure: 'arrChurned', label: 'ARR churned', color: '#b3261e' },
  { figure: 'arrSaved', label: 'ARR saved', color: '#1b7a43' },
];

const GRR: { figure: FigureName; label: string; color: string }[] = [
  { figure: 'grr90', label: 'GRR 90 d', color: '#c98a00' },
  { figure: 'grr180', label: 'GRR 180 d', color: '#6b4fbb' },
  { figure: 'grr365', label: 'GRR 365 d', color: '#1d2430' },
];

/** Per row (the total left out): ARR won, churned and saved as bars, GRR at 90, 180 and 365 days as points. */
export function accountabilityChart(accountability: Accountability): ChartSeries {
  const rows = rowsOf(accountability);
  const series = (figures: typeof ARR, kind: Series['kind'], mark: Series['mark']): Series[] =>
    figures.map(({ figure, label, color }) => ({
      label,
      kind,
      mark,
      color,
      values: rows.map((row) => row.figures[figure]?.value ?? null),
      counts: rows.map((row) => row.figures[figure]?.n ?? 0),
    }));
  return {
    labels: rows.map((row) => rowLabel(row.value)),
    series: [...series(ARR, 'money', 'bar'), ...series(GRR, 'share', 'point')],
  };
}

/** Per row of the losses (the total left out): the ARR lost as bars. */
export function lossesChart(losses: Losses): ChartSeries {
  const rows = rowsOf(losses);
  return {
    labels: rows.map((row) => rowLabel(row.value)),
    series: [
      {
        label: 'ARR lost',
        kind: 'money',
        mark: 'bar',
        color: '#b3261e',
        values: rows.map((row) => row.figures.arrLost?.value ?? null),
        counts: rows.map((row) => row.figures.arrLost?.n ?? 0),
      },
    ],
  };
}

/** Per factor: the churn rate and GRR at 365 days of the customers with it beside those without. */
export function churnPredictorsChart(predictors: ChurnPredictors): ChartSeries {
  const factors = predictors.factors;
  return {
    labels: factors.map((factor) => factorLabel(factor.factor)),
    series: [
      {
        label: 'Churn rate with',
        kind: 'share',
        mark: 'bar',
        color: '#b3261e',
        values: factors.map((factor) => factor.with.churnRate ?? null),
        counts: factors.map((factor) => factor.with.customers),
      },
      {
        label: 'Churn rate without',
        kind: 'share',
        mark: 'bar',
        color: '#e8a39e',
        values: factors.map((factor) => factor.without.churnRate ?? null),
        counts: factors.map((factor) => factor.without.customers),
      },
      {
        label: 'GRR 365 d with',
        kind: 'share',
        mark: 'bar',
        color: '#1f5fbf',
        values: factors.map((factor) => factor.with.grr365?.value ?? null),
        counts: factors.map((factor) => factor.with.grr365?.n ?? 0),
      },
      {
        label: 'GRR 365 d without',
        kind: 'share',
        mark: 'bar',
        color: '#9dbbe8',
        values: factors.map((factor) => factor.without.grr365?.value ?? null),
        counts: factors.map((factor) => factor.without.grr365?.n ?? 0),
      },
    ],
  };
}

/** A sentence for those who cannot see the chart: what it shows, and that the table holds the figures. */
export function chartSummary(chart: ChartSeries, what: string): string {
  return `${what}: ${chart.series.map((series) => series.label).join(', ')} for ${chart.labels.length} ${
    chart.labels.length === 1 ? 'row' : 'rows'
  }. The table below holds every figure.`;
}
