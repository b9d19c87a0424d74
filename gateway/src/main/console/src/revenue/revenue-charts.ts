/**
 * Draws the revenue page's charts with Chart.js. Only what they use is registered, so the bundle holds no
 * other chart type; the revenue page loads this module when it first draws, so the rest of the console
 * does not carry it.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
  type ChartDataset,
  type TooltipItem,
} from 'chart.js';
import { formatFigure, formatFigureValue } from './revenue';
import type { ChartSeries, Series } from './chart-data';

Chart.register(
  BarController,
  BarElement,
  LineController,
  LineElement,
  PointElement,
  CategoryScale,
  LinearScale,
  Legend,
  Tooltip,
);

type Mixed = 'bar' | 'line';

const drawn = new Set<Chart<Mixed>>();

/** Draws the series on the canvas, which must be in the page; the chart drawn there before is replaced. */
export function drawChart(canvas: HTMLCanvasElement, chart: ChartSeries): void {
  Chart.getChart(canvas)?.destroy();
  forgetDetached();
  drawn.add(new Chart<Mixed>(canvas, configuration(chart)));
}

/** Charts whose canvas left the page (another view, another answer) let go of their canvas and listeners. */
export function forgetDetached(): void {
  for (const chart of drawn) {
    if (!chart.canvas?.isConnected) {
      chart.destroy();
      drawn.delete(chart);
    }
  }
}

function configuration(chart: ChartSeries): ChartConfiguration<Mixed, (number | null)[], string> {
  const kinds = new Set(chart.series.map((series) => series.kind));
  const twoAxes = kinds.size > 1;
  return {
    type: 'bar',
    data: { labels: chart.labels, datasets: chart.series.map(dataset) },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: { grid: { display: false } },
        ...(kinds.has('money') ? { money: axis('money', 'left', 'ARR') } : {}),
        ...(kinds.has('share')
          ? { share: axis('share', twoAxes ? 'right' : 'left', twoAxes ? 'GRR' : undefined) }
          : {}),
      },
      plugins: {
        // in the order of the series, whichever is drawn on top
        legend: { position: 'bottom', labels: { sort: (a, b) => (a.datasetIndex ?? 0) - (b.datasetIndex ?? 0) } },
        tooltip: {
          itemSort: (a, b) => a.datasetIndex - b.datasetIndex,
          callbacks: {
            label: (item: TooltipItem<Mixed>) => {
              const series = chart.series[item.datasetIndex];
              const value = series.values[item.dataIndex];
              return `${series.label}: ${formatFigure({ value, n: series.counts[item.dataIndex] }, series.kind)}`;
            },
          },
        },
      },
    },
  };
}

function dataset(series: Series): ChartDataset<Mixed, (number | null)[]> {
  return series.mark === 'bar'
    ? {
        type: 'bar',
        label: series.label,
        data: series.values,
        yAxisID: series.kind,
        backgroundColor: series.color,
        borderColor: series.color,
        order: 2,
      }
    : {
        type: 'line',
        label: series.label,
        data: series.values,
        yAxisID: series.kind,
        showLine: false,
        // a GRR of 100 % sits on the top edge: drawn whole
        clip: false,
        pointRadius: 6,
        pointHoverRadius: 8,
        pointStyle: 'rectRot',
        backgroundColor: series.color,
        borderColor: '#ffffff',
        borderWidth: 1,
        order: 1,
      };
}

function axis(kind: Series['kind'], position: 'left' | 'right', title: string | undefined) {
  return {
    type: 'linear' as const,
    position,
    beginAtZero: true,
    ...(kind === 'share' ? { suggestedMax: 1 } : {}),
    grid: { display: position === 'left' },
    title: { display: title !== undefined, text: title ?? '' },
    ticks: { callback: (value: number | string) => formatFigureValue(Number(value), kind) },
  };
}
