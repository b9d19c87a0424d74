import { api, ApiError, getJson, segment } from '../api/http';
import {
  subscriberOf,
  type Area,
  type EventType,
  type MergedLog,
  type Preference,
  type Subscription,
} from './notifications';

/** Each service's own notification API, which the gateway routes under /api/notifications/{area}. */
function base(area: Area): string {
  return `/api/notifications/${area.id}`;
}

export function findEventTypes(area: Area): Promise<EventType[]> {
  return getJson<EventType[]>(`${base(area)}/event-types`);
}

/** The person's own subscriptions; asked by name so that an administrator, who may read everyone's, gets theirs. */
export function findOwnSubscriptions(area: Area, username: string): Promise<Subscription[]> {
  return getJson<Subscription[]>(
    `${base(area)}/subscriptions?subscriber=${encodeURIComponent(subscriberOf(username))}`,
  );
}

/**
 * Saves what the person wants of an event type: `subscribe` or `mute` is a PUT of their subscription,
 * `default` its DELETE. A subscription already gone (404) is the default too.
 */
export async function savePreference(
  area: Area,
  eventType: string,
  username: string,
  preference: Preference,
): Promise<void> {
  // `user:<name>`: a colon is allowed in a path segment, and the services name subscribers so
  const path = `${base(area)}/subscriptions/${segment(eventType)}/user:${segment(username)}`;
  if (preference !== 'default') {
    await api<Subscription>(path, { method: 'PUT', body: { mode: preference } });
    return;
  }
  try {
    await api<Subscription>(path, { method: 'DELETE' });
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 404)) {
      throw error;
    }
  }
}

/** What was sent to the person, from every service's delivery log; an administrator's own only, too. */
export function findOwnDeliveries(username: string): Promise<MergedLog> {
  return getJson<MergedLog>(`/api/notifications?recipient=${encodeURIComponent(username)}`);
}
