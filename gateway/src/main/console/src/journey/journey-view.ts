import { href } from '../router';
import { emptyState, loading, time } from '../ui/components';
import { h, replace } from '../ui/dom';
import { formatDuration } from '../ui/format';
import { handovers, type Handover } from './handovers';
import { isKnown, loadJourney, sourcesOf, valueOf, type Journey } from './journey-loader';
import { handoffStage, healthStage, leadStage, onboardingStage, savePlaysStage, stage } from './journey-sections';

/** One customer's whole trail, from the deal or customer id: every stage and the dwell at each hand-over. */
export function renderJourney(main: HTMLElement, id: string | undefined): void {
  document.title = id ? `Journey of ${id} · Baton console` : 'Customer journey · Baton console';
  const result = h('div', { class: 'journey' });
  replace(main, h('h1', {}, 'Customer journey'), searchForm(id), result);
  if (!id) {
    replace(result, emptyState('Enter the deal id that won the customer (it is also the customer id).'));
    return;
  }
  replace(result, loading(`Loading the journey of ${id}…`));
  void loadJourney(id).then((journey) => replace(result, ...journeyContent(journey)));
}

function searchForm(id: string | undefined): HTMLFormElement {
  const input = h('input', {
    id: 'journey-id',
    name: 'id',
    type: 'search',
    required: true,
    autocomplete: 'off',
    placeholder: 'e.g. D-1001',
    value: id ?? '',
  });
  return h(
    'form',
    {
      class: 'search',
      role: 'search',
      onsubmit: (event: Event) => {
        event.preventDefault();
        location.hash = href({ view: 'journey', id: input.value.trim() });
      },
    },
    h('label', { for: 'journey-id' }, 'Deal or customer id'),
    input,
    h('button', { type: 'submit' }, 'Show journey'),
  );
}

function journeyContent(journey: Journey): (HTMLElement | null)[] {
  if (!isKnown(journey)) {
    return [emptyState(`No lead, handoff, onboarding or customer is known by the id ${journey.id}.`)];
  }
  const sources = sourcesOf(journey);
  const name =
    sources.customer?.customerName ??
    sources.handoff?.customerName ??
    sources.onboarding?.customerName ??
    sources.lead?.company?.name;
  return [
    h('h2', { class: 'customer-name' }, name ? `${name} (${journey.id})` : journey.id),
    handoverList(handovers(sources, Date.now())),
    stage('lead', 'Lead and play', journey.lead, 'No lead is linked to this deal.', leadStage),
    stage('handoff', 'Handoff', journey.handoff, 'No handoff for this deal yet.', handoffStage),
    stage('onboarding', 'Onboarding', journey.onboarding, 'Onboarding has not started.', onboardingStage),
    stage('health', 'Health', journey.customer, 'Retention does not know this customer yet.', (customer) =>
      healthStage(customer, valueOf(journey.healthHistory)),
    ),
    stage(
      'save-plays',
      'Interventions and revenue outcomes',
      journey.savePlays,
      'No save play was ever needed.',
      savePlaysStage,
    ),
  ];
}

function handoverList(steps: Handover[]): HTMLElement {
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'handovers-title' },
    h('h2', { id: 'handovers-title' }, 'Hand-overs'),
    steps.length
      ? h(
          'ol',
          { class: 'handovers' },
          steps.map((step) =>
            h(
              'li',
              { class: step.waiting ? 'handover waiting' : 'handover', 'data-handover': step.id },
              h('span', { class: 'handover-parties' }, `${step.from} → ${step.to}`),
              h('span', { class: 'handover-label' }, step.label),
              h(
                'strong',
                { class: 'dwell' },
                step.waiting ? `waiting ${formatDuration(step.dwellMs)}` : formatDuration(step.dwellMs),
              ),
              h('small', { class: 'muted' }, step.by ? `${step.by} · ` : '', time(step.endedAt ?? step.startedAt)),
            ),
          ),
        )
      : emptyState('No hand-over has happened yet.'),
  );
}
