import type { Customer, Handoff, Lead, OnboardingPlan } from '../api/models';
import { instant } from '../ui/format';

/** Everything known about one customer, from each service; a part is absent until its stage is reached. */
export interface JourneySources {
  lead?: Lead;
  handoff?: Handoff;
  onboarding?: OnboardingPlan;
  customer?: Customer;
}

/** One hand-over of the customer and how long the customer sat there (still sits, when waiting). */
export interface Handover {
  id: string;
  label: string;
  from: string;
  to: string;
  startedAt: string;
  endedAt?: string;
  dwellMs: number;
  waiting: boolean;
  /** Who took the customer on, or who is expected to. */
  by?: string;
}

interface Step {
  id: string;
  label: string;
  from: string;
  to: string;
  start: (sources: JourneySources) => string | undefined;
  end: (sources: JourneySources) => string | undefined;
  by: (sources: JourneySources) => string | undefined;
}

const STEPS: Step[] = [
  {
    id: 'first-contact',
    label: 'Lead received → first contact',
    from: 'Marketing',
    to: 'Sales',
    start: (s) => s.lead?.receivedAt ?? undefined,
    end: (s) => s.lead?.firstContactAt ?? undefined,
    by: (s) => s.lead?.owner ?? undefined,
  },
  {
    id: 'brief',
    label: 'Deal won → handoff brief complete',
    from: 'Sales',
    to: 'Handoff',
    start: (s) => s.handoff?.wonAt,
    end: (s) => s.handoff?.briefCompletedAt,
    by: (s) => s.handoff?.salesOwner,
  },
  {
    id: 'acceptance',
    label: 'Brief complete → accepted',
    from: 'Handoff',
    to: 'Account management',
    start: (s) => s.handoff?.briefCompletedAt,
    end: (s) => s.handoff?.acceptedAt,
    by: (s) => s.handoff?.accountManager,
  },
  {
    id: 'onboarding',
    label: 'Accepted → onboarding started',
    from: 'Account management',
    to: 'Onboarding',
    start: (s) => s.handoff?.acceptedAt,
    end: (s) => s.onboarding?.startedAt,
    by: (s) => s.onboarding?.accountManager,
  },
  {
    id: 'retention',
    label: 'First value → handed to retention',
    from: 'Onboarding',
    to: 'Retention',
    start: (s) => s.onboarding?.firstValueAt ?? s.customer?.handover?.firstValueAt,
    end: (s) => s.onboarding?.handedOverAt ?? s.customer?.handover?.handedOverAt,
    by: (s) => s.customer?.accountManager,
  },
];

/**
 * The hand-overs the customer went through, in order, with the dwell time at each. A hand-over
 * without an end is waiting (dwell up to now) only while no later stage has started: otherwise its
 * end was not recorded and it is left out rather than shown with a made-up time.
 */
export function handovers(sources: JourneySources, now: number): Handover[] {
  const result: Handover[] = [];
  STEPS.forEach((step, index) => {
    const startedAt = step.start(sources);
    const started = instant(startedAt);
    if (startedAt === undefined || started === undefined) {
      return;
    }
    const endedAt = step.end(sources);
    const ended = instant(endedAt);
    if (ended === undefined && STEPS.slice(index + 1).some((later) => instant(later.start(sources)) !== undefined)) {
      return;
    }
    result.push({
      id: step.id,
      label: step.label,
      from: step.from,
      to: step.to,
      startedAt,
      endedAt: ended === undefined ? undefined : endedAt,
      dwellMs: Math.max(0, (ended ?? now) - started),
      waiting: ended === undefined,
      by: step.by(sources),
    });
  });
  return result;
}
