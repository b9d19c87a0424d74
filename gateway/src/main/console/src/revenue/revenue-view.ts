import { getJson } from '../api/http';
import type { Session } from '../auth/session';
import { href, type Route } from '../router';
import { bandBadge, emptyState, loading, problemBox } from '../ui/components';
import { h, replace } from '../ui/dom';
import { formatAmount, formatDate, formatDateTime, humanize } from '../ui/format';
import { accountabilityChart, chartSummary, churnPredictorsChart, lossesChart, type ChartSeries } from './chart-data';
import { accountabilityCsv, churnPredictorsCsv, customersCsv, downloadCsv, fileNamePart, lossesCsv } from './csv';
import type {
  Accountability,
  Basis,
  ChurnPredictors,
  Dimension,
  Figure,
  Losses,
  RevenueCustomer,
  RevenueCustomers,
} from './revenue-api';
import {
  accountabilityPath,
  churnPredictorsPath,
  customerCount,
  customersPageInfo,
  customersPath,
  DIMENSIONS,
  dimensionLabel,
  dimensionsFor,
  factorLabel,
  figureColumns,
  formatChurn,
  formatCount,
  formatFigureValue,
  isDimension,
  lastTwelveMonths,
  LOSS_COLUMNS,
  lossesPath,
  rowLabel,
  rowsOf,
  seesOnlyOwnRow,
  type FigureKind,
  type RevenueQuery,
} from './revenue';

type RevenueRoute = Extract<Route, { view: 'revenue' }>;

/**
 * Which campaigns, plays and people bring customers who stay: retention's accountability figures by a
 * dimension the user's role may see, the customers lost in the period by the same dimension, the churn
 * predictors, and the customers behind each row (closed, or lost).
 */
export function renderRevenue(main: HTMLElement, route: RevenueRoute, session: Session | undefined): void {
  document.title = 'Revenue · Baton console';
  const roles = session?.roles ?? [];
  const dimensions = dimensionsFor(roles);
  if (!dimensions.length) {
    replace(
      main,
      h('h1', {}, 'Revenue'),
      emptyState('The revenue figures are for CS leaders, administrators, marketing and sales; your roles see none.'),
    );
    return;
  }
  new RevenuePage(main, roles, dimensions, startingQuery(route, dimensions)).show();
}

/** What the address asks for, within what the role may see; the last 12 months unless it names a period. */
function startingQuery(route: RevenueRoute, dimensions: Dimension[]): RevenueQuery {
  const period = lastTwelveMonths(new Date());
  return {
    dimension: isDimension(route.dimension) && dimensions.includes(route.dimension) ? route.dimension : dimensions[0],
    from: route.from ?? period.from,
    to: route.to ?? period.to,
    drill: route.drill,
    lost: route.lost,
  };
}

/**
 * A drill-down: the customers closed behind a row of the figures, or lost behind a row of the losses;
 * `rows` is the section whose table's rows lead to it, `key` the part of the query that names the row.
 */
interface DrillDown {
  basis: Basis;
  key: 'drill' | 'lost';
  section: HTMLElement;
  rows: HTMLElement;
  titleId: string;
}

let chartsModule: Promise<typeof import('./revenue-charts')> | undefined;

/** Chart.js comes with the first chart drawn, not with the console. */
function charts(): Promise<typeof import('./revenue-charts')> {
  if (!chartsModule) {
    chartsModule = import('./revenue-charts');
    // a failed load (a new deployment replaced the chunk) is tried again at the next chart
    chartsModule.catch(() => {
      chartsModule = undefined;
    });
  }
  return chartsModule;
}

class RevenuePage {
  private readonly dimensionField: HTMLSelectElement;
  private readonly fromField: HTMLInputElement;
  private readonly toField: HTMLInputElement;
  private readonly ownRowNote = h('p', { class: 'muted', role: 'note' });
  private readonly accountability = h('section', { class: 'card', 'aria-labelledby': 'revenue-accountability-title' });
  private readonly customers = h('section', {
    class: 'card',
    id: 'revenue-customers',
    'aria-labelledby': 'revenue-customers-title',
    hidden: true,
  });
  private readonly losses = h('section', { class: 'card', 'aria-labelledby': 'revenue-losses-title' });
  private readonly lostCustomers = h('section', {
    class: 'card',
    id: 'revenue-lost-customers',
    'aria-labelledby': 'revenue-lost-customers-title',
    hidden: true,
  });
  private readonly predictors = h('section', { class: 'card', 'aria-labelledby': 'revenue-predictors-title' });
  private readonly drills: Record<Basis, DrillDown> = {
    closed: {
      basis: 'closed',
      key: 'drill',
      section: this.customers,
      rows: this.accountability,
      titleId: 'revenue-customers-title',
    },
    lost: {
      basis: 'lost',
      key: 'lost',
      section: this.lostCustomers,
      rows: this.losses,
      titleId: 'revenue-lost-customers-title',
    },
  };
  /** Answers to requests that were overtaken are dropped. */
  private readonly latest = { accountability: 0, losses: 0, predictors: 0, closed: 0, lost: 0 };

  constructor(
    private readonly main: HTMLElement,
    private readonly roles: string[],
    dimensions: Dimension[],
    private readonly query: RevenueQuery,
  ) {
    this.dimensionField = h(
      'select',
      {
        id: 'revenue-dimension',
        name: 'dimension',
        onchange: () => {
          this.query.dimension = this.dimensionField.value as Dimension;
          this.query.drill = undefined;
          this.query.lost = undefined;
          this.load(false);
        },
      },
      DIMENSIONS.filter(({ dimension }) => dimensions.includes(dimension)).map(({ dimension, label }) =>
        h('option', { value: dimension, selected: dimension === query.dimension }, label),
      ),
    );
    this.fromField = h('input', { id: 'revenue-from', name: 'from', type: 'date', required: true, value: query.from });
    this.toField = h('input', { id: 'revenue-to', name: 'to', type: 'date', required: true, value: query.to });
  }

  show(): void {
    const form = h(
      'form',
      {
        class: 'card revenue-controls',
        'aria-label': 'What the figures cover',
        onsubmit: (event: Event) => {
          event.preventDefault();
          this.query.from = this.fromField.value;
          this.query.to = this.toField.value;
          this.query.drill = undefined;
          this.query.lost = undefined;
          this.load(true);
        },
      },
      field('revenue-dimension', 'Figures by', this.dimensionField),
      field('revenue-from', 'From', this.fromField),
      field('revenue-to', 'To', this.toField),
      h('button', { type: 'submit' }, 'Show'),
    );
    replace(
      this.main,
      h('h1', {}, 'Revenue'),
      h(
        'p',
        {},
        'Which campaigns, plays and people bring customers who stay: the ARR each won, kept and lost, and how much ' +
          'of it is still there after 90, 180 and 365 days. Every figure shows the number it is computed over (n). ' +
          'Choose a row to see its customers.',
      ),
      form,
      this.ownRowNote,
      this.accountability,
      this.customers,
      this.losses,
      this.lostCustomers,
      this.predictors,
    );
    this.load(true);
  }

  /** Shows the query; the churn predictors depend on the period alone, the rest on the dimension too. */
  private load(withPredictors: boolean): void {
    this.keepQuery();
    this.dimensionField.value = this.query.dimension;
    this.ownRowNote.textContent = seesOnlyOwnRow(this.roles, this.query.dimension)
      ? "Only your own row: the other sales owners' rows are left out, and the total is yours."
      : '';
    this.ownRowNote.hidden = !this.ownRowNote.textContent;
    void this.loadAccountability();
    void this.loadLosses();
    if (withPredictors) {
      void this.loadPredictors();
    }
    for (const drill of Object.values(this.drills)) {
      const value = this.query[drill.key];
      if (value === undefined) {
        this.closeCustomers(drill);
      } else {
        void this.loadCustomers(drill, value, 0);
      }
    }
  }

  private async loadAccountability(): Promise<void> {
    const request = ++this.latest.accountability;
    const dimension = this.query.dimension;
    const title = `Revenue by ${dimensionLabel(dimension).toLowerCase()}`;
    const heading = h('h2', { id: 'revenue-accountability-title' }, title);
    replace(
      this.accountability,
      heading,
      loading(`Loading the revenue by ${dimensionLabel(dimension).toLowerCase()}…`),
    );
    try {
      const answer = await getJson<Accountability>(accountabilityPath(this.query));
      if (request !== this.latest.accountability) {
        return;
      }
      const chart = accountabilityChart(answer);
      const canvas = chartCanvas(
        chartSummary(chart, `ARR won, churned and saved, and GRR, by ${dimensionLabel(dimension).toLowerCase()}`),
      );
      replace(
        this.accountability,
        sectionHeader(
          heading,
          csvButton('revenue-accountability-title', () =>
            downloadCsv(`revenue-by-${dimension}-${answer.from}-to-${answer.to}.csv`, accountabilityCsv(answer)),
          ),
        ),
        coverage(answer, 'Customers closed (and leads received)'),
        leadFiguresNote(answer),
        answer.rows.length
          ? [h('div', { class: 'chart' }, canvas), this.accountabilityTable(answer)]
          : emptyState('No customer closed and no lead came in during this period.'),
      );
      if (answer.rows.length) {
        await this.draw(canvas, chart);
      }
    } catch (error) {
      if (request === this.latest.accountability) {
        replace(this.accountability, heading, problemBox(error, `The ${title.toLowerCase()} could not be loaded`));
      }
    }
  }

  private accountabilityTable(answer: Accountability): HTMLElement {
    const columns = figureColumns(answer.dimension);
    const figureCells = (figures: Accountability['total']['figures']): HTMLElement[] =>
      columns.map(({ figure, kind }) => h('td', { class: 'figure' }, figureText(figures[figure], kind)));
    return h(
      'div',
      { class: 'table-scroll' },
      h(
        'table',
        { class: 'figures accountability' },
        h('caption', { class: 'visually-hidden' }, `Revenue by ${dimensionLabel(answer.dimension).toLowerCase()}`),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, dimensionLabel(answer.dimension)),
            columns.map(({ label }) => h('th', { scope: 'col', class: 'figure' }, label)),
          ),
        ),
        h(
          'tbody',
          {},
          rowsOf(answer).map((row) => {
            const selected = this.query.drill !== undefined && this.query.drill === row.value;
            return h(
              'tr',
              {
                class: selected ? 'drillable selected' : 'drillable',
                'data-value': row.value ?? '',
                onclick: () => this.drill(this.drills.closed, row.value),
              },
              h(
                'th',
                { scope: 'row' },
                h(
                  'button',
                  {
                    type: 'button',
                    class: row.value === null ? 'link unknown' : 'link',
                    'aria-pressed': selected ? 'true' : 'false',
                    title: `Show the customers of ${rowLabel(row.value)}`,
                  },
                  rowLabel(row.value),
                ),
              ),
              figureCells(row.figures),
            );
          }),
        ),
        h('tfoot', {}, h('tr', {}, h('th', { scope: 'row' }, 'Total'), figureCells(answer.total.figures))),
      ),
    );
  }

  private async loadLosses(): Promise<void> {
    const request = ++this.latest.losses;
    const dimension = this.query.dimension;
    const label = dimensionLabel(dimension).toLowerCase();
    const title = `Customers lost in the period by ${label}`;
    const heading = h('h2', { id: 'revenue-losses-title' }, title);
    const intro = h(
      'p',
      {},
      'Who did we lose: the customers whose ARR went to 0 by a churn in the period, whenever they closed; the ARR ' +
        'they had just before, and what their handoffs and onboardings had in common. Each share and median counts ' +
        'the customers whose lineage says (n). Choose a row to see its lost customers.',
    );
    replace(this.losses, heading, intro, loading(`Loading the customers lost by ${label}…`));
    try {
      const answer = await getJson<Losses>(lossesPath(this.query));
      if (request !== this.latest.losses) {
        return;
      }
      const chart = lossesChart(answer);
      const canvas = chartCanvas(chartSummary(chart, `ARR lost by ${label}`));
      replace(
        this.losses,
        sectionHeader(
          heading,
          csvButton('revenue-losses-title', () =>
            downloadCsv(`customers-lost-by-${dimension}-${answer.from}-to-${answer.to}.csv`, lossesCsv(answer)),
          ),
        ),
        intro,
        coverage(answer, 'Customers lost'),
        answer.rows.length
          ? [h('div', { class: 'chart' }, canvas), this.lossesTable(answer)]
          : emptyState('No customer was lost in this period.'),
      );
      if (answer.rows.length) {
        await this.draw(canvas, chart);
      }
    } catch (error) {
      if (request === this.latest.losses) {
        replace(this.losses, heading, intro, problemBox(error, `The ${title.toLowerCase()} could not be loaded`));
      }
    }
  }

  private lossesTable(answer: Losses): HTMLElement {
    const figureCells = (figures: Losses['total']['figures']): HTMLElement[] =>
      LOSS_COLUMNS.map(({ figure, kind }) => h('td', { class: 'figure' }, figureText(figures[figure], kind)));
    return h(
      'div',
      { class: 'table-scroll' },
      h(
        'table',
        { class: 'figures losses' },
        h(
          'caption',
          { class: 'visually-hidden' },
          `Customers lost in the period by ${dimensionLabel(answer.dimension).toLowerCase()}`,
        ),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, dimensionLabel(answer.dimension)),
            LOSS_COLUMNS.map(({ label }) => h('th', { scope: 'col', class: 'figure' }, label)),
          ),
        ),
        h(
          'tbody',
          {},
          rowsOf(answer).map((row) => {
            const selected = this.query.lost !== undefined && this.query.lost === row.value;
            return h(
              'tr',
              {
                class: selected ? 'drillable selected' : 'drillable',
                'data-value': row.value ?? '',
                onclick: () => this.drill(this.drills.lost, row.value),
              },
              h(
                'th',
                { scope: 'row' },
                h(
                  'button',
                  {
                    type: 'button',
                    class: row.value === null ? 'link unknown' : 'link',
                    'aria-pressed': selected ? 'true' : 'false',
                    title: `Show the customers lost of ${rowLabel(row.value)}`,
                  },
                  rowLabel(row.value),
                ),
              ),
              figureCells(row.figures),
            );
          }),
        ),
        h('tfoot', {}, h('tr', {}, h('th', { scope: 'row' }, 'Total'), figureCells(answer.total.figures))),
      ),
    );
  }

  private drill(drill: DrillDown, value: string | null): void {
    this.query[drill.key] = value;
    this.keepQuery();
    this.markDrilledRow(drill);
    void this.loadCustomers(drill, value, 0, true);
  }

  private closeCustomers(drill: DrillDown): void {
    ++this.latest[drill.basis];
    this.query[drill.key] = undefined;
    this.keepQuery();
    this.markDrilledRow(drill);
    drill.section.hidden = true;
    replace(drill.section);
  }

  private markDrilledRow(drill: DrillDown): void {
    const drilled = this.query[drill.key];
    drill.rows.querySelectorAll<HTMLElement>('tr.drillable').forEach((row) => {
      const selected = drilled !== undefined && row.dataset.value === (drilled ?? '');
      row.classList.toggle('selected', selected);
      row.querySelector('button')?.setAttribute('aria-pressed', String(selected));
    });
  }

  /** The address keeps the query (without a new history entry), so Back from a journey returns here. */
  private keepQuery(): void {
    history.replaceState(history.state, '', href({ view: 'revenue', ...this.query }));
  }

  private async loadCustomers(drill: DrillDown, value: string | null, page: number, focus = false): Promise<void> {
    const request = ++this.latest[drill.basis];
    const query = { ...this.query };
    const lost = drill.basis === 'lost';
    const label = dimensionLabel(query.dimension).toLowerCase();
    const who = lost ? 'Lost customers' : 'Customers';
    const title = value === null ? `${who} with no ${label}` : `${who} of ${value}`;
    const heading = h('h2', { id: drill.titleId, tabindex: -1 }, title);
    const close = h(
      'button',
      { type: 'button', class: 'secondary', onclick: () => this.closeCustomers(drill) },
      'Close',
    );
    drill.section.hidden = false;
    replace(
      drill.section,
      sectionHeader(heading, close),
      loading(`Loading the ${lost ? 'lost customers' : 'customers'} of ${rowLabel(value)}…`),
    );
    if (focus) {
      heading.focus();
      drill.section.scrollIntoView({ block: 'nearest' });
    }
    try {
      const answer = await getJson<RevenueCustomers>(customersPath(query, value, page, drill.basis));
      if (request !== this.latest[drill.basis]) {
        return;
      }
      const customers = answer.customers;
      const pageName = answer.page > 0 ? `-page-${answer.page + 1}` : '';
      replace(
        drill.section,
        sectionHeader(
          heading,
          csvButton(drill.titleId, () =>
            downloadCsv(
              `${lost ? 'lost-customers' : 'customers'}-${query.dimension}-${fileNamePart(rowLabel(value))}-` +
                `${query.from}-to-${query.to}${pageName}.csv`,
              customersCsv(customers),
            ),
          ),
          close,
        ),
        h(
          'p',
          { class: 'muted' },
          `${customerCount(answer.totalCustomers, lost ? 'lost' : 'closed')} from ${formatDate(answer.from)} to ` +
            `${formatDate(answer.to)}; as of ${formatDateTime(answer.asOf)}. Each links to the customer's journey.`,
        ),
        customers.length
          ? customerTable(title, customers)
          : emptyState(lost ? 'No customer of this row was lost in the period.' : 'No customer is behind this row.'),
        this.pager(drill, value, answer),
      );
      if (focus) {
        heading.focus();
      }
    } catch (error) {
      if (request === this.latest[drill.basis]) {
        replace(drill.section, sectionHeader(heading, close), problemBox(error, `${title} could not be loaded`));
      }
    }
  }

  private pager(drill: DrillDown, value: string | null, answer: RevenueCustomers): HTMLElement | null {
    const { first, last, total, hasPrevious, hasNext } = customersPageInfo(answer);
    const page = answer.page;
    if (!hasPrevious && !hasNext) {
      return null;
    }
    return h(
      'nav',
      { class: 'actions', 'aria-label': drill.basis === 'lost' ? 'Pages of lost customers' : 'Pages of customers' },
      h(
        'button',
        {
          type: 'button',
          class: 'secondary',
          disabled: !hasPrevious,
          onclick: () => void this.loadCustomers(drill, value, page - 1, true),
        },
        'Previous page',
      ),
      h('span', {}, first ? `${first}–${last} of ${total}` : `None of ${total} on page ${page + 1}`),
      h(
        'button',
        {
          type: 'button',
          class: 'secondary',
          disabled: !hasNext,
          onclick: () => void this.loadCustomers(drill, value, page + 1, true),
        },
        'Next page',
      ),
    );
  }

  private async loadPredictors(): Promise<void> {
    const request = ++this.latest.predictors;
    const heading = h('h2', { id: 'revenue-predictors-title' }, 'Churn predictors');
    const intro = h(
      'p',
      {},
      'The customers with each factor beside those without: how many of them churned, and how much of their ARR ' +
        'is still there after a year (GRR 365 d). Cohorts compared, not a model.',
    );
    replace(this.predictors, heading, intro, loading('Loading the churn predictors…'));
    try {
      const answer = await getJson<ChurnPredictors>(churnPredictorsPath(this.query));
      if (request !== this.latest.predictors) {
        return;
      }
      const chart = churnPredictorsChart(answer);
      const canvas = chartCanvas(chartSummary(chart, 'Churn rate and GRR at 365 days with and without each factor'));
      replace(
        this.predictors,
        sectionHeader(
          heading,
          csvButton('revenue-predictors-title', () =>
            downloadCsv(`churn-predictors-${answer.from}-to-${answer.to}.csv`, churnPredictorsCsv(answer)),
          ),
        ),
        intro,
        coverage(answer, 'Customers closed'),
        answer.factors.length
          ? [h('div', { class: 'chart' }, canvas), predictorTable(answer)]
          : emptyState('No customer to compare in this period.'),
      );
      if (answer.factors.length) {
        await this.draw(canvas, chart);
      }
    } catch (error) {
      if (request === this.latest.predictors) {
        replace(this.predictors, heading, intro, problemBox(error, 'The churn predictors could not be loaded'));
      }
    }
  }

  /** A chart that cannot be drawn leaves its table, which holds the same figures. */
  private async draw(canvas: HTMLCanvasElement, chart: ChartSeries): Promise<void> {
    try {
      (await charts()).drawChart(canvas, chart);
    } catch (error) {
      canvas.parentElement?.replaceWith(problemBox(error, 'The chart could not be drawn'));
    }
  }
}

function field(id: string, label: string, control: HTMLElement): HTMLElement {
  return h('div', { class: 'field' }, h('label', { for: id }, label), control);
}

function sectionHeader(heading: HTMLElement, ...actions: HTMLElement[]): HTMLElement {
  return h('div', { class: 'section-header' }, heading, h('div', { class: 'inline' }, actions));
}

function csvButton(describedBy: string, download: () => void): HTMLElement {
  return h(
    'button',
    { type: 'button', class: 'secondary', 'aria-describedby': describedBy, onclick: download },
    'Download CSV',
  );
}

function chartCanvas(summary: string): HTMLCanvasElement {
  return h('canvas', { role: 'img', 'aria-label': summary });
}

/** The period the answer covers and when retention computed it. */
function coverage(answer: { from: string; to: string; asOf: string }, what: string): HTMLElement {
  return h(
    'p',
    { class: 'muted' },
    `${what} from ${formatDate(answer.from)} to ${formatDate(answer.to)}; as of ${formatDateTime(answer.asOf)}.`,
  );
}

/**
 * When lead-service's counts in the figures were read: the first answer for a new period has none yet
 * (retention reads them in the background), so leads and converted show as unknown until asked again.
 */
function leadFiguresNote(answer: Accountability): HTMLElement | null {
  if (!figureColumns(answer.dimension).some((column) => column.figure === 'leads')) {
    return null;
  }
  return h(
    'p',
    { class: 'muted', 'data-lead-figures': answer.leadFiguresAsOf ? 'read' : 'pending' },
    answer.leadFiguresAsOf
      ? `Leads and converted as lead-service counted them at ${formatDateTime(answer.leadFiguresAsOf)}.`
      : 'Leads and converted are still being read from lead-service for this period: show the figures again shortly.',
  );
}

/** "71 % (n 9)", the count quieter than the value. */
function figureText(figure: Figure | null | undefined, kind: FigureKind): HTMLElement[] {
  return [
    h('span', { class: 'value' }, formatFigureValue(figure?.value, kind)),
    h('span', { class: 'n' }, ` ${formatCount(figure)}`),
  ];
}

function predictorTable(answer: ChurnPredictors): HTMLElement {
  return h(
    'div',
    { class: 'table-scroll' },
    h(
      'table',
      { class: 'figures predictors' },
      h('caption', { class: 'visually-hidden' }, 'Churn predictors'),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'Factor'),
          h('th', { scope: 'col', class: 'figure' }, 'Churned with it'),
          h('th', { scope: 'col', class: 'figure' }, 'GRR 365 d with it'),
          h('th', { scope: 'col', class: 'figure' }, 'Churned without it'),
          h('th', { scope: 'col', class: 'figure' }, 'GRR 365 d without it'),
        ),
      ),
      h(
        'tbody',
        {},
        answer.factors.map((factor) =>
          h(
            'tr',
            { 'data-factor': factor.factor },
            h('th', { scope: 'row' }, factorLabel(factor.factor)),
            h('td', { class: 'figure' }, formatChurn(factor.with)),
            h('td', { class: 'figure' }, figureText(factor.with.grr365, 'share')),
            h('td', { class: 'figure' }, formatChurn(factor.without)),
            h('td', { class: 'figure' }, figureText(factor.without.grr365, 'share')),
          ),
        ),
      ),
    ),
  );
}

function customerTable(caption: string, customers: RevenueCustomer[]): HTMLElement {
  return h(
    'div',
    { class: 'table-scroll' },
    h(
      'table',
      { class: 'customers' },
      h('caption', { class: 'visually-hidden' }, caption),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'Customer'),
          h('th', { scope: 'col' }, 'Closed'),
          h('th', { scope: 'col', class: 'figure' }, 'Starting ARR'),
          h('th', { scope: 'col', class: 'figure' }, 'ARR now'),
          h('th', { scope: 'col' }, 'Health'),
          h('th', { scope: 'col' }, 'Lifecycle'),
          h('th', { scope: 'col' }, 'Churned on'),
        ),
      ),
      h(
        'tbody',
        {},
        customers.map((customer) =>
          h(
            'tr',
            {},
            h(
              'td',
              {},
              customer.customerId
                ? h(
                    'a',
                    { href: href({ view: 'journey', id: customer.customerId }) },
                    customer.customerName ?? customer.customerId,
                  )
                : (customer.customerName ?? '—'),
              customer.customerName ? [' ', h('small', { class: 'muted' }, customer.customerId)] : null,
            ),
            h('td', {}, formatDate(customer.contractDate)),
            h('td', { class: 'figure' }, formatAmount(customer.startingArr)),
            h('td', { class: 'figure' }, formatAmount(customer.arr)),
            h('td', {}, bandBadge(customer.band ?? undefined)),
            h('td', {}, humanize(customer.lifecycle)),
            h('td', {}, customer.churnedOn ? formatDate(customer.churnedOn) : '—'),
          ),
        ),
      ),
    ),
  );
}
