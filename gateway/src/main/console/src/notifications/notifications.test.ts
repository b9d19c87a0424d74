import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveSession } from '../auth/session';
import { MemoryStorage } from '../testing/memory-storage';
import {
  AREAS,
  describeEventType,
  newestFirst,
  preferenceOf,
  safeLink,
  serviceName,
  subscriptionOf,
  type Subscription,
} from './notifications';
import { findOwnDeliveries, findOwnSubscriptions, savePreference } from './notifications-api';

const LEADS = AREAS[0];

describe('notification preferences', () => {
  it('finds the person’s own choice among the subscriptions an administrator reads', () => {
    const subscriptions: Subscription[] = [
      { eventType: 'manager-review', subscriber: 'team:sales-managers', mode: 'mute' },
      { eventType: 'manager-review', subscriber: 'user:samuel', mode: 'subscribe' },
      { eventType: 'manager-review', subscriber: 'user:sam', mode: 'mute' },
    ];

    expect(preferenceOf(subscriptionOf(subscriptions, 'manager-review', 'sam'))).toBe('mute');
    expect(preferenceOf(subscriptionOf(subscriptions, 'lead-assigned', 'sam'))).toBe('default');
  });

  it('labels each event type, and names one it does not know by its code', () => {
    expect(describeEventType(LEADS, 'lead-returned-to-queue').label).toBe('Lead returned to the queue');
    expect(describeEventType(LEADS, 'lead-lost_forever')).toEqual({
      label: 'Lead lost forever',
      when: 'Sent by lead-service.',
    });
  });

  it('knows an event type in every area the services list', () => {
    expect(AREAS.map((area) => Object.keys(area.eventTypes).length)).toEqual([4, 3, 3, 4]);
    expect(serviceName('onboarding-service')).toBe('Onboarding (onboarding-service)');
    expect(serviceName('billing-service')).toBe('billing-service');
  });

  it('puts the newest delivery first, those without a time last', () => {
    const sorted = newestFirst([
      { id: 'a', createdAt: '2026-12-01T10:00:00Z' },
      { id: 'b' },
      { id: 'c', createdAt: '2026-12-03T10:00:00Z' },
    ]);
    expect(sorted.map((delivery) => delivery.id)).toEqual(['c', 'a', 'b']);
  });

  it('follows only links on this site or on the web', () => {
    expect(safeLink('/console/#/journey/D-1')).toBe('/console/#/journey/D-1');
    expect(safeLink('https://baton.example.com/console/#/tasks')).toBe('https://baton.example.com/console/#/tasks');
    expect(safeLink('javascript:alert(1)')).toBeUndefined();
    expect(safeLink('//evil.example.com')).toBeUndefined();
    expect(safeLink(undefined)).toBeUndefined();
  });
});

describe('notification API', () => {
  let fetchMock: ReturnType<typeof vi.fn>;

  beforeEach(() => {
    vi.stubGlobal('sessionStorage', new MemoryStorage());
    saveSession({ username: 'sam', groups: ['sales'], roles: ['sales'], token: 'jwt-of-sam' });
    fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
  });

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  function answer(status: number, body = ''): Response {
    return new Response(body || null, { status, headers: { 'Content-Type': 'application/json' } });
  }

  function request(index = 0): [string, RequestInit] {
    return fetchMock.mock.calls[index] as [string, RequestInit];
  }

  it('mutes with a PUT of the person’s own subscription', async () => {
    fetchMock.mockResolvedValue(answer(200, '{"eventType":"manager-review","subscriber":"user:sam","mode":"mute"}'));

    await savePreference(LEADS, 'manager-review', 'sam', 'mute');

    const [path, init] = request();
    expect(path).toBe('/api/notifications/leads/subscriptions/manager-review/user:sam');
    expect(init.method).toBe('PUT');
    expect(init.body).toBe('{"mode":"mute"}');
  });

  it('goes back to the default with a DELETE, also when the subscription is already gone', async () => {
    fetchMock.mockResolvedValueOnce(answer(200, '{"mode":"subscribe"}')).mockResolvedValueOnce(answer(404));

    await expect(savePreference(LEADS, 'manager-review', 'sam', 'default')).resolves.toBeUndefined();
    await expect(savePreference(LEADS, 'manager-review', 'sam', 'default')).resolves.toBeUndefined();

    expect(request(0)[1].method).toBe('DELETE');
    expect(request(1)[1].method).toBe('DELETE');
  });

  it('passes a refusal on', async () => {
    fetchMock.mockResolvedValue(answer(403, '{"title":"Forbidden","status":403,"detail":"Only an administrator"}'));

    await expect(savePreference(LEADS, 'manager-review', 'sam', 'subscribe')).rejects.toMatchObject({
      status: 403,
      message: 'Only an administrator',
    });
  });

  it('asks for the person’s own subscriptions and deliveries by name', async () => {
    fetchMock.mockResolvedValueOnce(answer(200, '[]')).mockResolvedValueOnce(answer(200, '{"deliveries":[]}'));

    await findOwnSubscriptions(LEADS, 'sam');
    await findOwnDeliveries('sam');

    expect(request(0)[0]).toBe('/api/notifications/leads/subscriptions?subscriber=user%3Asam');
    expect(request(1)[0]).toBe('/api/notifications?recipient=sam');
  });
});
