import { describe, expect, it } from 'vitest';
import { aLead } from '../testing/leads';
import { handovers, type JourneySources } from './handovers';

const NOW = Date.parse('2026-12-01T12:00:00Z');
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const COMPLETE: JourneySources = {
  lead: aLead('L-1', { owner: 'sam', receivedAt: '2026-11-01T09:00:00Z', firstContactAt: '2026-11-01T09:12:00Z' }),
  handoff: {
    dealId: 'D-1',
    salesOwner: 'sam',
    accountManager: 'amy',
    wonAt: '2026-11-10T10:00:00Z',
    briefCompletedAt: '2026-11-11T16:00:00Z',
    acceptedAt: '2026-11-12T09:30:00Z',
  },
  onboarding: {
    dealId: 'D-1',
    accountManager: 'amy',
    startedAt: '2026-11-12T09:30:05Z',
    firstValueAt: '2026-11-28T12:00:00Z',
    handedOverAt: '2026-11-28T12:05:00Z',
  },
};

describe('handovers', () => {
  it('measures the dwell at every hand-over of a whole journey', () => {
    const steps = handovers(COMPLETE, NOW);

    expect(steps.map((step) => [step.id, step.dwellMs, step.waiting, step.by])).toEqual([
      ['first-contact', 12 * MINUTE, false, 'sam'],
      ['brief', DAY + 6 * HOUR, false, 'sam'],
      ['acceptance', 17 * HOUR + 30 * MINUTE, false, 'amy'],
      ['onboarding', 5_000, false, 'amy'],
      ['retention', 5 * MINUTE, false, undefined],
    ]);
    expect(steps[2]).toMatchObject({ from: 'Handoff', to: 'Account management', endedAt: '2026-11-12T09:30:00Z' });
  });

  it('counts the dwell up to now where the customer is waiting', () => {
    const steps = handovers(
      {
        lead: COMPLETE.lead,
        handoff: {
          dealId: 'D-1',
          salesOwner: 'sam',
          wonAt: '2026-11-10T10:00:00Z',
          briefCompletedAt: '2026-11-30T12:00:00Z',
        },
      },
      NOW,
    );

    expect(steps.at(-1)).toMatchObject({ id: 'acceptance', waiting: true, dwellMs: DAY, endedAt: undefined });
    expect(steps).toHaveLength(3);
  });

  it('leaves out a hand-over whose end was not recorded although a later stage started', () => {
    const steps = handovers(
      {
        lead: aLead('L-1', { receivedAt: '2026-11-01T09:00:00Z' }),
        handoff: { dealId: 'D-1', wonAt: '2026-11-10T10:00:00Z' },
      },
      NOW,
    );

    expect(steps.map((step) => step.id)).toEqual(['brief']);
    expect(steps[0].waiting).toBe(true);
  });

  it("takes retention's record of the handover when onboarding is not known", () => {
    const steps = handovers(
      {
        customer: {
          customerId: 'D-1',
          accountManager: 'amy',
          handover: { firstValueAt: '2026-11-28T12:00:00Z', handedOverAt: '2026-11-29T12:00:00Z' },
        },
      },
      NOW,
    );

    expect(steps).toEqual([expect.objectContaining({ id: 'retention', dwellMs: DAY, waiting: false, by: 'amy' })]);
  });

  it('has no hand-overs before the journey starts', () => {
    expect(handovers({}, NOW)).toEqual([]);
  });
});
