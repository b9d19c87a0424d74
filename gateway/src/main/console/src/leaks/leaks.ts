import type {
  Checkpoint,
  CustomerSummary,
  Handoff,
  HandoffStatus,
  Lead,
  OnboardingPlan,
  SavePlay,
} from '../api/models';
import { instant } from '../ui/format';

export type LeakKind = 'lead-overdue' | 'brief-awaited' | 'acceptance-awaited' | 'onboarding-behind' | 'red-untreated';

/** A customer being dropped right now: who has it, since when, and what they are waiting for. */
export interface Leak {
  kind: LeakKind;
  /** Company or customer name, as people know it. */
  subject: string;
  /** The lead or deal id. */
  reference: string;
  /** The deal id whose journey the console can show; leads have none yet. */
  journeyId?: string;
  owner: string;
  /** When the customer started waiting at this step. */
  since: string;
  ageMs: number;
  dueAt?: string;
  overdue: boolean;
  detail: string;
}

/** Who holds an acceptance nobody claimed yet: the candidate group of the "accept handoff" task. */
export const ACCOUNT_MANAGERS = 'account managers (unclaimed)';

export function leadLeaks(leads: Lead[], now: number): Leak[] {
  return leads.map((lead) =>
    leak(
      {
        kind: 'lead-overdue',
        subject: lead.company?.name ?? lead.leadId,
        reference: lead.leadId,
        owner: lead.owner ?? (lead.team ? `${lead.team} (no owner)` : 'nobody'),
        since: lead.receivedAt ?? lead.firstContactDueAt ?? undefined,
        dueAt: lead.firstContactDueAt ?? undefined,
        overdue: true,
        detail: lead.play?.name ? `Play: ${lead.play.name}` : 'No play decided yet',
      },
      now,
    ),
  );
}

export function handoffLeaks(handoffs: Handoff[], now: number): Leak[] {
  return handoffs
    .filter((handoff) => handoff.status === 'AWAITING_BRIEF' || handoff.status === 'AWAITING_ACCEPTANCE')
    .map((handoff) => {
      const awaitingBrief = handoff.status === 'AWAITING_BRIEF';
      return leak(
        {
          kind: awaitingBrief ? 'brief-awaited' : 'acceptance-awaited',
          subject: handoff.customerName ?? handoff.dealId,
          reference: handoff.dealId,
          journeyId: handoff.dealId,
          owner: awaitingBrief ? (handoff.salesOwner ?? 'nobody') : (handoff.accountManager ?? ACCOUNT_MANAGERS),
          since:
            enteredLatest(handoff, awaitingBrief ? 'AWAITING_BRIEF' : 'AWAITING_ACCEPTANCE') ??
            (awaitingBrief ? handoff.wonAt : handoff.briefCompletedAt),
          dueAt: awaitingBrief ? handoff.briefDueAt : handoff.acceptanceDueAt,
          overdue: handoff.overdue === true,
          detail: awaitingBrief ? 'Waiting for the handoff brief' : 'Waiting for an account manager to accept',
        },
        now,
      );
    });
}

export function onboardingLeaks(plans: OnboardingPlan[], now: number): Leak[] {
  return plans.map((plan) => {
    const late = (plan.checkpoints ?? []).filter(
      (checkpoint) => checkpoint.status === 'behind' || (checkpoint.overdue && checkpoint.status !== 'done'),
    );
    const first = earliest(late.map((checkpoint) => checkpoint.behindSince ?? checkpoint.dueAt));
    return leak(
      {
        kind: 'onboarding-behind',
        subject: plan.customerName ?? plan.dealId,
        reference: plan.dealId,
        journeyId: plan.dealId,
        owner: plan.accountManager ?? 'nobody',
        since: first ?? plan.startedAt,
        dueAt: earliest(late.map((checkpoint) => checkpoint.dueAt)),
        overdue: true,
        detail: late.length ? `Behind: ${late.map(lateCheckpoint).join(', ')}` : 'Behind schedule',
      },
      now,
    );
  });
}

/** Red customers for whom no save play is running. */
export function redCustomerLeaks(customers: CustomerSummary[], activeSavePlays: SavePlay[], now: number): Leak[] {
  const treated = new Set(activeSavePlays.map((savePlay) => savePlay.customerId));
  return customers
    .filter((customer) => customer.health?.band === 'red' && !treated.has(customer.customerId))
    .map((customer) =>
      leak(
        {
          kind: 'red-untreated',
          subject: customer.customerName ?? customer.customerId,
          reference: customer.customerId,
          journeyId: customer.customerId,
          owner: customer.accountManager ?? 'nobody',
          since: customer.health?.changedAt,
          overdue: false,
          detail: healthDetail(customer),
        },
        now,
      ),
    );
}

/** Longest waiting first. */
export function oldestFirst(leaks: Leak[]): Leak[] {
  return [...leaks].sort((a, b) => b.ageMs - a.ageMs);
}

function leak(fields: Omit<Leak, 'ageMs' | 'since'> & { since: string | undefined }, now: number): Leak {
  const since = fields.since ?? new Date(now).toISOString();
  return { ...fields, since, ageMs: Math.max(0, now - (instant(since) ?? now)) };
}

function enteredLatest(handoff: Handoff, status: HandoffStatus): string | undefined {
  const entries = (handoff.history ?? []).filter((change) => change.status === status).map((change) => change.at);
  return latest(entries);
}

function earliest(instants: (string | undefined)[]): string | undefined {
  return sorted(instants)[0];
}

function latest(instants: (string | undefined)[]): string | undefined {
  return sorted(instants).at(-1);
}

function sorted(instants: (string | undefined)[]): string[] {
  return instants
    .filter((text): text is string => instant(text) !== undefined)
    .sort((a, b) => (instant(a) ?? 0) - (instant(b) ?? 0));
}

function lateCheckpoint(checkpoint: Checkpoint): string {
  const name = checkpoint.name ?? checkpoint.checkpointId;
  const days = checkpoint.daysLate;
  if (!days) {
    return name;
  }
  return days === 1 ? `${name} (1 day late)` : `${name} (${days} days late)`;
}

function healthDetail(customer: CustomerSummary): string {
  const health = customer.health;
  return `Health ${health?.score ?? '?'}${health?.trend ? `, trend ${health.trend}` : ''}`;
}
