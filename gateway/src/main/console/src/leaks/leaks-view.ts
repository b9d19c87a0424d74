import { getJson } from '../api/http';
import type { CustomerSummary, Handoff, Lead, OnboardingPlan, SavePlay } from '../api/models';
import { href } from '../router';
import { badge, emptyState, loading, problemBox, table, time } from '../ui/components';
import { h, replace } from '../ui/dom';
import { formatDateTime, formatDuration } from '../ui/format';
import { handoffLeaks, leadLeaks, oldestFirst, onboardingLeaks, redCustomerLeaks, type Leak } from './leaks';

interface LeakSource {
  id: string;
  title: string;
  empty: string;
  load: (now: number) => Promise<Leak[]>;
}

const LIMIT = 100;

const SOURCES: LeakSource[] = [
  {
    id: 'leads',
    title: 'Leads past their first-contact SLA',
    empty: 'Every lead was tried within its first-contact SLA.',
    load: async (now) => leadLeaks(await getJson<Lead[]>(`/api/leads?overdue=true&limit=${LIMIT}`), now),
  },
  {
    id: 'briefs',
    title: 'Handoffs waiting for a brief',
    empty: 'No won deal is waiting for its handoff brief.',
    load: async (now) =>
      handoffLeaks(await getJson<Handoff[]>(`/api/handoffs?status=AWAITING_BRIEF&limit=${LIMIT}`), now),
  },
  {
    id: 'acceptances',
    title: 'Handoffs waiting for acceptance',
    empty: 'No handoff is waiting for an account manager.',
    load: async (now) =>
      handoffLeaks(await getJson<Handoff[]>(`/api/handoffs?status=AWAITING_ACCEPTANCE&limit=${LIMIT}`), now),
  },
  {
    id: 'onboardings',
    title: 'Onboardings behind',
    empty: 'Every onboarding is on schedule.',
    load: async (now) =>
      onboardingLeaks(await getJson<OnboardingPlan[]>(`/api/onboardings?status=behind&limit=${LIMIT}`), now),
  },
  {
    id: 'red-customers',
    title: 'Red customers without a save play',
    empty: 'Every red customer has a save play running.',
    load: async (now) => {
      const [customers, savePlays] = await Promise.all([
        getJson<CustomerSummary[]>(`/api/customers?band=red&limit=${LIMIT}`),
        getJson<SavePlay[]>('/api/save-plays?status=active&limit=500'),
      ]);
      return redCustomerLeaks(customers, savePlays, now);
    },
  },
];

/** Where customers are being dropped right now, each with its owner and how long it has waited. */
export function renderLeaks(main: HTMLElement): void {
  document.title = 'Leaks · Baton console';
  const summary = h('p', { class: 'lead-text', role: 'status' }, 'Looking for customers being dropped…');
  const sections = SOURCES.map((source) =>
    h(
      'section',
      { class: 'card', 'aria-labelledby': `leaks-${source.id}` },
      h('h2', { id: `leaks-${source.id}` }, source.title),
      loading(),
    ),
  );
  const refresh = h('button', { type: 'button', class: 'secondary', onclick: () => renderLeaks(main) }, 'Refresh');
  replace(
    main,
    h('div', { class: 'page-header' }, h('h1', {}, 'Leaks'), refresh),
    h('p', {}, 'Where customers are being dropped right now — oldest first in each list.'),
    summary,
    sections,
  );

  const now = Date.now();
  void Promise.all(
    SOURCES.map(async (source, index) => {
      const section = sections[index];
      const heading = section.querySelector('h2') as HTMLElement;
      try {
        const leaks = oldestFirst(await source.load(now));
        heading.textContent = `${source.title} (${leaks.length})`;
        replace(section, heading, leaks.length ? leakTable(source.title, leaks) : emptyState(source.empty));
        return leaks.length;
      } catch (error) {
        replace(section, heading, problemBox(error, `${source.title} could not be loaded`));
        return undefined;
      }
    }),
  ).then((counts) => {
    const total = counts.reduce<number>((sum, count) => sum + (count ?? 0), 0);
    const failed = counts.filter((count) => count === undefined).length;
    summary.textContent =
      (total === 1 ? '1 customer is being dropped right now.' : `${total} customers are being dropped right now.`) +
      (failed ? ` ${failed} of ${SOURCES.length} lists could not be loaded.` : '');
  });
}

function leakTable(caption: string, leaks: Leak[]): HTMLElement {
  return table(
    caption,
    ['Customer', 'Owner', 'Waiting for', 'Due', 'What'],
    leaks.map((leak) => [
      leak.journeyId ? h('a', { href: href({ view: 'journey', id: leak.journeyId }) }, leak.subject) : leak.subject,
      leak.owner,
      h('span', { title: `since ${formatDateTime(leak.since)}`, class: 'age' }, formatDuration(leak.ageMs)),
      [time(leak.dueAt), leak.overdue ? [' ', badge('overdue', 'bad')] : null],
      [leak.detail, h('br'), h('small', { class: 'muted' }, leak.reference)],
    ]),
  );
}
