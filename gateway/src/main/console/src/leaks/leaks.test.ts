import { describe, expect, it } from 'vitest';
import type { Handoff, OnboardingPlan } from '../api/models';
import { aLead, aPlay } from '../testing/leads';
import { ACCOUNT_MANAGERS, handoffLeaks, leadLeaks, oldestFirst, onboardingLeaks, redCustomerLeaks } from './leaks';

const NOW = Date.parse('2026-11-20T12:00:00Z');
const HOUR = 3_600_000;

describe('leak lists', () => {
  it('lists an overdue lead with its owner, play and age since it came in', () => {
    const [leak] = leadLeaks(
      [
        aLead('L-1', {
          status: 'working',
          company: { name: 'Acme Corp', size: null },
          owner: 'sam',
          team: 'sales',
          receivedAt: '2026-11-20T09:00:00Z',
          firstContactDueAt: '2026-11-20T09:05:00Z',
          play: aPlay('Enterprise fast lane'),
        }),
      ],
      NOW,
    );

    expect(leak).toMatchObject({
      kind: 'lead-overdue',
      subject: 'Acme Corp',
      reference: 'L-1',
      owner: 'sam',
      since: '2026-11-20T09:00:00Z',
      ageMs: 3 * HOUR,
      dueAt: '2026-11-20T09:05:00Z',
      overdue: true,
      detail: 'Play: Enterprise fast lane',
    });
    expect(leak.journeyId).toBeUndefined();
  });

  it('names the team when a lead has no owner', () => {
    const [leak] = leadLeaks([aLead('L-2', { team: 'sales', receivedAt: '2026-11-20T11:00:00Z' })], NOW);
    expect(leak.owner).toBe('sales (no owner)');
    expect(leak.subject).toBe('L-2');
  });

  it('ages a handoff from the latest time it entered its waiting status', () => {
    const returned: Handoff = {
      dealId: 'D-1',
      customerName: 'Acme Corp',
      salesOwner: 'sam',
      status: 'AWAITING_BRIEF',
      overdue: true,
      wonAt: '2026-11-18T12:00:00Z',
      briefDueAt: '2026-11-19T12:00:00Z',
      history: [
        { status: 'AWAITING_BRIEF', at: '2026-11-18T12:00:00Z' },
        { status: 'AWAITING_ACCEPTANCE', at: '2026-11-19T10:00:00Z' },
        { status: 'AWAITING_BRIEF', at: '2026-11-20T06:00:00Z' },
      ],
    };
    const awaitingAcceptance: Handoff = {
      dealId: 'D-2',
      customerName: 'Globex',
      salesOwner: 'sam',
      status: 'AWAITING_ACCEPTANCE',
      overdue: false,
      briefCompletedAt: '2026-11-20T10:00:00Z',
      acceptanceDueAt: '2026-11-21T10:00:00Z',
    };
    const accepted: Handoff = { dealId: 'D-3', status: 'ACCEPTED' };

    const [brief, acceptance, ...others] = handoffLeaks([returned, awaitingAcceptance, accepted], NOW);

    expect(brief).toMatchObject({
      kind: 'brief-awaited',
      owner: 'sam',
      journeyId: 'D-1',
      since: '2026-11-20T06:00:00Z',
      ageMs: 6 * HOUR,
      dueAt: '2026-11-19T12:00:00Z',
      overdue: true,
    });
    expect(acceptance).toMatchObject({
      kind: 'acceptance-awaited',
      owner: ACCOUNT_MANAGERS,
      since: '2026-11-20T10:00:00Z',
      ageMs: 2 * HOUR,
      overdue: false,
    });
    expect(others).toEqual([]);
  });

  it('ages an onboarding from its first checkpoint that fell behind', () => {
    const plan: OnboardingPlan = {
      dealId: 'D-4',
      customerName: 'Initech',
      accountManager: 'amy',
      status: 'behind',
      startedAt: '2026-11-01T00:00:00Z',
      checkpoints: [
        { checkpointId: 'kickoff', name: 'Kickoff', status: 'done' },
        {
          checkpointId: 'technical-setup',
          name: 'Technical setup',
          status: 'behind',
          dueAt: '2026-11-17T12:00:00Z',
          behindSince: '2026-11-17T12:00:00Z',
          daysLate: 3,
        },
        {
          checkpointId: 'training',
          name: 'Training',
          status: 'pending',
          dueAt: '2026-11-19T12:00:00Z',
          overdue: true,
          daysLate: 1,
        },
      ],
    };

    const [leak] = onboardingLeaks([plan], NOW);

    expect(leak).toMatchObject({
      kind: 'onboarding-behind',
      owner: 'amy',
      since: '2026-11-17T12:00:00Z',
      ageMs: 72 * HOUR,
      dueAt: '2026-11-17T12:00:00Z',
      detail: 'Behind: Technical setup (3 days late), Training (1 day late)',
    });
  });

  it('lists only the red customers no save play is running for', () => {
    const leaks = redCustomerLeaks(
      [
        {
          customerId: 'D-5',
          customerName: 'Umbrella',
          accountManager: 'amy',
          health: { band: 'red', score: 31, trend: 'down', changedAt: '2026-11-20T11:00:00Z' },
        },
        { customerId: 'D-6', customerName: 'Hooli', accountManager: 'amy', health: { band: 'red', score: 28 } },
        { customerId: 'D-7', customerName: 'Yellow Co', health: { band: 'yellow', score: 55 } },
      ],
      [{ interventionId: 'I-1', customerId: 'D-6', status: 'active' }],
      NOW,
    );

    expect(leaks).toHaveLength(1);
    expect(leaks[0]).toMatchObject({
      kind: 'red-untreated',
      subject: 'Umbrella',
      owner: 'amy',
      ageMs: HOUR,
      detail: 'Health 31, trend down',
    });
  });

  it('puts the longest waiting first', () => {
    const leaks = leadLeaks(
      [
        aLead('recent', { receivedAt: '2026-11-20T11:00:00Z' }),
        aLead('oldest', { receivedAt: '2026-11-19T11:00:00Z' }),
        aLead('middle', { receivedAt: '2026-11-20T01:00:00Z' }),
      ],
      NOW,
    );
    expect(oldestFirst(leaks).map((leak) => leak.reference)).toEqual(['oldest', 'middle', 'recent']);
  });
});
