import { ApiError } from '../api/http';
import { h, type Child } from './dom';
import { formatDateTime } from './format';

/** A failed request, with the problem's title and the message worth reading. */
export function problemBox(error: unknown, context?: string): HTMLElement {
  const title =
    error instanceof ApiError
      ? (error.problem?.title ?? (error.status ? `HTTP ${error.status}` : 'Not reachable'))
      : 'Error';
  const message = error instanceof Error ? error.message : String(error);
  return h(
    'div',
    { class: 'problem', role: 'alert' },
    h('strong', {}, context ? `${context}: ${title}` : title),
    h('p', {}, message),
  );
}

export function emptyState(text: string): HTMLElement {
  return h('p', { class: 'empty' }, text);
}

export function loading(text = 'Loading…'): HTMLElement {
  return h('p', { class: 'loading', role: 'status' }, text);
}

/** An instant, readable for people and exact for machines. */
export function time(iso: string | null | undefined): Child {
  return iso ? h('time', { datetime: iso }, formatDateTime(iso)) : UNKNOWN;
}

const UNKNOWN = '—';

/** Label/value pairs; pairs whose value is not known are left out. */
export function facts(pairs: [string, Child][]): HTMLElement {
  return h(
    'dl',
    { class: 'facts' },
    pairs
      .filter(([, value]) => value !== undefined && value !== null && value !== '' && value !== UNKNOWN)
      .map(([label, value]) => h('div', {}, h('dt', {}, label), h('dd', {}, value))),
  );
}

/** A table with a caption for screen readers and column headers. */
export function table(caption: string, headers: string[], rows: Child[][]): HTMLElement {
  return h(
    'table',
    {},
    h('caption', { class: 'visually-hidden' }, caption),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        headers.map((header) => h('th', { scope: 'col' }, header)),
      ),
    ),
    h(
      'tbody',
      {},
      rows.map((cells) =>
        h(
          'tr',
          {},
          cells.map((cell) => h('td', {}, cell)),
        ),
      ),
    ),
  );
}

export function badge(text: string, tone: 'ok' | 'warn' | 'bad' | 'neutral' = 'neutral'): HTMLElement {
  return h('span', { class: `badge badge-${tone}` }, text);
}

export function bandBadge(band: string | undefined): HTMLElement {
  const tone = band === 'green' ? 'ok' : band === 'yellow' ? 'warn' : band === 'red' ? 'bad' : 'neutral';
  return badge(band ?? 'unknown', tone);
}
