import type { Customer, Handoff, HealthHistory, Lead, OnboardingPlan, SavePlay } from '../api/models';
import { badge, bandBadge, emptyState, facts, problemBox, table, time } from '../ui/components';
import { h, type Child } from '../ui/dom';
import { formatAmount, formatDate, formatDuration, humanize, parseIsoDuration } from '../ui/format';
import type { Part } from './journey-loader';

/** A stage of the journey as a section: its content when found, else why there is none. */
export function stage<T>(
  id: string,
  title: string,
  loaded: Part<T>,
  missing: string,
  render: (value: T) => Child[],
): HTMLElement {
  const body: Child[] =
    loaded.state === 'found'
      ? render(loaded.value)
      : loaded.state === 'missing'
        ? [emptyState(missing)]
        : [problemBox(loaded.error, `${title} could not be loaded`)];
  return h(
    'section',
    { class: 'card stage', id: `stage-${id}`, 'aria-labelledby': `stage-${id}-title` },
    h('h2', { id: `stage-${id}-title` }, title),
    body,
  );
}

export function leadStage(lead: Lead): Child[] {
  const play = lead.play;
  return [
    facts([
      ['Lead', lead.leadId],
      ['Company', lead.company?.name],
      ['Contact', [lead.contact?.name, lead.contact?.email].filter(Boolean).join(' · ')],
      ['Source', [lead.source?.channel, lead.source?.campaign].filter(Boolean).join(' · ')],
      ['Received', time(lead.receivedAt)],
      ['Owner', [lead.owner, lead.team].filter(Boolean).join(' · ')],
      ['Status', humanize(lead.status)],
      ['First contact', time(lead.firstContactAt)],
      ['Time to first contact', duration(lead.timeToFirstContact)],
    ]),
    play
      ? h(
          'div',
          { class: 'play' },
          h('h3', {}, `Play: ${play.name ?? 'unnamed'}`),
          facts([
            ['SLA tier', play.slaTier],
            ['Why this play', play.reason],
            ['Talk track', play.talkTrack],
            ['Next step', play.nextStep],
            ['Decided from', play.inputs ? inputs(play.inputs) : undefined],
          ]),
        )
      : emptyState('No play decided yet.'),
    lead.attempts?.length
      ? table(
          'Follow-up attempts',
          ['When', 'Channel', 'Outcome', 'Notes'],
          lead.attempts.map((attempt) => [
            time(attempt.at),
            humanize(attempt.channel),
            humanize(attempt.outcome),
            attempt.notes ?? '',
          ]),
        )
      : emptyState('Nobody has tried to reach the lead yet.'),
    lead.escalations?.length
      ? h(
          'ul',
          { class: 'events' },
          lead.escalations.map((e) => h('li', {}, time(e.at), ' — ', humanize(e.stage), e.note ? `: ${e.note}` : '')),
        )
      : null,
    lead.outcome
      ? facts([
          [
            'Outcome',
            [
              humanize(lead.outcome.outcome),
              lead.outcome.reason ? ` (${humanize(lead.outcome.reason)})` : '',
              ' · ',
              time(lead.outcome.at),
            ],
          ],
        ])
      : null,
  ];
}

export function handoffStage(handoff: Handoff): Child[] {
  const brief = handoff.brief;
  return [
    facts([
      ['Deal', handoff.dealId],
      ['Status', [humanize(handoff.status), handoff.overdue ? [' ', badge('overdue', 'bad')] : null]],
      ['Won', time(handoff.wonAt)],
      ['Sales owner', handoff.salesOwner],
      ['ARR', formatAmount(handoff.arr)],
      ['Brief completed', time(handoff.briefCompletedAt)],
      ['Accepted by', handoff.accountManager],
      ['Accepted', time(handoff.acceptedAt)],
      ['Acceptance note', handoff.acceptanceNote],
      ['Time to accept', duration(handoff.timeToAccept)],
    ]),
    h('h3', {}, 'Brief'),
    brief?.promises?.length
      ? table(
          'Promises made in the sale',
          ['Promise', 'Owner', 'Due'],
          brief.promises.map((p) => [p.text ?? '', p.owner ?? '', formatDate(p.dueDate)]),
        )
      : emptyState('No promises recorded.'),
    facts([
      ['Stakeholders', (brief?.stakeholders ?? []).map((s) => `${s.name ?? '?'} (${humanize(s.role)})`).join(', ')],
      [
        'Success criteria',
        (brief?.successCriteria ?? [])
          .map((c) => `${c.metric ?? '?'}: ${c.baseline ?? '?'} → ${c.target ?? '?'}`)
          .join('; '),
      ],
      ['Risks', brief?.risks],
      ['Not sold', brief?.notSold],
      ['Desired go-live', brief?.desiredGoLiveDate ? formatDate(brief.desiredGoLiveDate) : undefined],
    ]),
    handoff.returns?.length
      ? [
          h('h3', {}, 'Returned to sales'),
          h(
            'ul',
            { class: 'events' },
            handoff.returns.map((r) => h('li', {}, time(r.at), ` — ${r.questions ?? ''}`)),
          ),
        ]
      : null,
    handoff.history?.length
      ? [
          h('h3', {}, 'History'),
          h(
            'ul',
            { class: 'events' },
            handoff.history.map((c) => h('li', {}, time(c.at), ` — ${humanize(c.status)}`)),
          ),
        ]
      : null,
  ];
}

export function onboardingStage(plan: OnboardingPlan): Child[] {
  return [
    facts([
      ['Status', [humanize(plan.status), plan.overdue ? [' ', badge('overdue', 'bad')] : null]],
      ['Account manager', plan.accountManager],
      ['Started', time(plan.startedAt)],
      ['Go-live target', plan.goLiveTarget ? formatDate(plan.goLiveTarget) : undefined],
      ['First value', time(plan.firstValueAt)],
      ['Time to value', plan.timeToValueDays === undefined ? undefined : `${plan.timeToValueDays} days`],
    ]),
    plan.checkpoints?.length
      ? table(
          'Checkpoints',
          ['Checkpoint', 'Status', 'Due', 'Done', 'Days late'],
          plan.checkpoints.map((c) => [
            c.name ?? c.checkpointId,
            checkpointStatus(c.status),
            time(c.dueAt),
            time(c.completedAt),
            c.daysLate ? String(c.daysLate) : '',
          ]),
        )
      : emptyState('No checkpoints planned.'),
    plan.promises?.length
      ? table(
          'Promises',
          ['Promise', 'Owner', 'Due', 'Status'],
          plan.promises.map((p) => [
            p.text ?? '',
            p.owner ?? '',
            formatDate(p.dueDate),
            [humanize(p.status), p.note ? ` — ${p.note}` : ''],
          ]),
        )
      : null,
    plan.blockers?.length
      ? [
          h('h3', {}, 'Blockers'),
          h(
            'ul',
            { class: 'events' },
            plan.blockers.map((b) =>
              h('li', {}, time(b.reportedAt), ` — ${b.description ?? ''} (${b.reportedBy ?? '?'})`),
            ),
          ),
        ]
      : null,
  ];
}

export function healthStage(customer: Customer, history: HealthHistory | undefined): Child[] {
  const health = customer.health;
  const changes = history?.changes ?? [];
  return [
    facts([
      [
        'Health',
        health
          ? [`${health.score ?? '?'} `, bandBadge(health.band), health.trend ? ` trend ${health.trend}` : '']
          : 'not assessed',
      ],
      ['Why', customer.latestExplanation?.summary],
      ['Account manager', customer.accountManager],
      ['Lifecycle', humanize(customer.lifecycle)],
      ['ARR', formatAmount(customer.arr)],
      [
        'Renewal',
        customer.renewal?.renewalDate
          ? `${formatDate(customer.renewal.renewalDate)} (in ${customer.renewal.daysToRenewal ?? '?'} days)`
          : undefined,
      ],
    ]),
    health?.components?.length
      ? table(
          'Health components',
          ['Component', 'Value', 'Weight'],
          health.components.map((c) => [humanize(c.component), String(c.value ?? ''), String(c.weight ?? '')]),
        )
      : null,
    changes.length
      ? [
          h('h3', {}, 'How the health changed'),
          h(
            'ol',
            { class: 'events' },
            changes
              .slice(0, 10)
              .map((c) => h('li', {}, time(c.at), ` — ${c.summary ?? `${c.fromScore ?? '?'} → ${c.toScore ?? '?'}`}`)),
          ),
        ]
      : null,
  ];
}

export function savePlaysStage(savePlays: SavePlay[]): Child[] {
  if (!savePlays.length) {
    return [emptyState('No save play was ever needed.')];
  }
  return [
    table(
      'Save plays',
      ['Started', 'Play', 'Status', 'Asked by', 'Outcome', 'ARR kept', 'ARR lost'],
      savePlays.map((savePlay) => [
        time(savePlay.startedAt),
        savePlay.play ?? savePlay.decision?.playName ?? 'being chosen',
        humanize(savePlay.status),
        (savePlay.triggers ?? []).map((t) => `${t.triggeredBy ?? '?'}: ${t.reason ?? ''}`).join('; '),
        humanize(savePlay.outcome?.outcome),
        formatAmount(savePlay.outcome?.arrKept),
        formatAmount(savePlay.outcome?.arrLost),
      ]),
    ),
  ];
}

function checkpointStatus(status: string | undefined): Child {
  const tone = status === 'done' ? 'ok' : status === 'behind' ? 'bad' : 'neutral';
  return badge(humanize(status), tone);
}

function duration(iso: string | null | undefined): string | undefined {
  const ms = parseIsoDuration(iso);
  return ms === undefined ? undefined : formatDuration(ms);
}

function inputs(values: Record<string, unknown>): HTMLElement {
  return h(
    'ul',
    { class: 'inputs' },
    Object.entries(values).map(([name, value]) => h('li', {}, h('code', {}, name), ` = ${JSON.stringify(value)}`)),
  );
}
