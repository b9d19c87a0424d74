/**
 * A person's notification preferences and deliveries, as the console reads them. Every service has the
 * same notification API (service-support's), so the shapes are named onto lead-service's generated types;
 * the gateway adds the `service` of each delivery in its merged log (`GET /api/notifications`).
 */
import type { components } from '../api/generated/lead-service';

type Schemas = components['schemas'];

/** GET /api/notifications/{area}/event-types: one event type and the webhook targets that receive it. */
export type EventType = Schemas['EventTypeResponse'];
/** GET /api/notifications/{area}/subscriptions: who chose what for an event type, and when. */
export type Subscription = Schemas['SubscriptionResponse'];
export type Mode = NonNullable<Subscription['mode']>;
/** One entry of a delivery log; in the gateway's merged log with the service it came from. */
export type Delivery = Schemas['DeliveryResponse'] & { service?: string };

/** GET /api/notifications at the gateway: the services' logs merged, and the services that did not answer. */
export interface MergedLog {
  deliveries?: Delivery[];
  unavailable?: string[];
}

/** What a person wants of an event type: what its natural recipients decide, always, or never. */
export type Preference = Mode | 'default';

export const PREFERENCES: { value: Preference; label: string }[] = [
  { value: 'default', label: 'Default' },
  { value: 'subscribe', label: 'Always e-mail me' },
  { value: 'mute', label: 'Never e-mail me' },
];

export interface EventTypeText {
  label: string;
  /** One line on when it is sent, and to whom by default. */
  when: string;
}

/** The services that notify, by their path under /api/notifications at the gateway. */
export interface Area {
  id: 'leads' | 'handoffs' | 'onboarding' | 'retention';
  title: string;
  service: string;
  eventTypes: Record<string, EventTypeText>;
}

export const AREAS: Area[] = [
  {
    id: 'leads',
    title: 'Leads',
    service: 'lead-service',
    eventTypes: {
      'lead-assigned': { label: 'Lead assigned', when: 'A lead gets its first owner; the owner is told.' },
      'first-contact-due': {
        label: 'First contact due',
        when: 'First contact with a lead is due and nobody has tried; its owner (or its team) is told.',
      },
      'lead-returned-to-queue': {
        label: 'Lead returned to the queue',
        when: "Still nobody tried: the lead is back in its team's queue, and the team is told.",
      },
      'manager-review': {
        label: 'Manager review',
        when: 'Still nobody tried: the sales managers are told to review the lead.',
      },
    },
  },
  {
    id: 'handoffs',
    title: 'Handoffs',
    service: 'handoff-service',
    eventTypes: {
      'brief-overdue': {
        label: 'Brief overdue',
        when: 'The handoff brief was not complete in time; the sales owner is told, once per round.',
      },
      'handoff-returned': {
        label: 'Handoff returned',
        when: 'The account manager returned the handoff with questions; the sales owner is told.',
      },
      'handoff-accepted': {
        label: 'Handoff accepted',
        when: 'The account manager accepted the customer; the sales owner is told.',
      },
    },
  },
  {
    id: 'onboarding',
    title: 'Onboarding',
    service: 'onboarding-service',
    eventTypes: {
      'checkpoint-slipped': {
        label: 'Checkpoint slipped',
        when: 'An onboarding checkpoint was not done by its due date; the account manager is told.',
      },
      'blocker-reported': {
        label: 'Blocker reported',
        when: 'Someone reported a blocker on an onboarding; the account manager is told.',
      },
      'promise-missed': {
        label: 'Promise missed',
        when: 'A promise from the brief was flagged as missed; the account manager is told.',
      },
    },
  },
  {
    id: 'retention',
    title: 'Retention',
    service: 'retention-service',
    eventTypes: {
      'customer-turned-red': {
        label: 'Customer turned red',
        when: "A customer's health turned red; the account manager and the CS leaders are told.",
      },
      'save-play-started': {
        label: 'Save play started',
        when: 'A save play started for a customer; the account manager and the CS leaders are told.',
      },
      'executive-sponsor-engaged': {
        label: 'Executive sponsor engaged',
        when: 'A save play was escalated to an executive sponsor; the sponsor, the account manager and the CS leaders are told.',
      },
      'save-play-outcome': {
        label: 'Save play outcome',
        when: 'A save play ended saved, downgraded or churned; the account manager, its sponsors and the CS leaders are told.',
      },
    },
  },
];

/** The subscriber a person is in the subscriptions API: `user:<username>`. */
export function subscriberOf(username: string): string {
  return `user:${username}`;
}

/** The person's own subscription to an event type, if they have one. */
export function subscriptionOf(
  subscriptions: Subscription[],
  eventType: string,
  username: string,
): Subscription | undefined {
  const subscriber = subscriberOf(username);
  return subscriptions.find((s) => s.eventType === eventType && s.subscriber === subscriber);
}

export function preferenceOf(subscription: Subscription | undefined): Preference {
  return subscription?.mode ?? 'default';
}

export function preferenceLabel(preference: Preference): string {
  return PREFERENCES.find((p) => p.value === preference)?.label ?? preference;
}

/** The label and when-line of an event type; one the console does not know yet is named by its code. */
export function describeEventType(area: Area, eventType: string): EventTypeText {
  const known = area.eventTypes[eventType];
  if (known) {
    return known;
  }
  const words = eventType.replace(/[_-]+/g, ' ').trim();
  return { label: words.charAt(0).toUpperCase() + words.slice(1), when: `Sent by ${area.service}.` };
}

export function areaOfService(service: string | null | undefined): Area | undefined {
  return AREAS.find((area) => area.service === service);
}

/** "Onboarding (onboarding-service)", or the service's name when the console does not know it. */
export function serviceName(service: string): string {
  const area = areaOfService(service);
  return area ? `${area.title} (${service})` : service;
}

/** Newest first by when the delivery was queued; those without a time last. */
export function newestFirst(deliveries: Delivery[]): Delivery[] {
  const at = (delivery: Delivery): number => {
    const ms = delivery.createdAt ? Date.parse(delivery.createdAt) : NaN;
    return Number.isNaN(ms) ? -Infinity : ms;
  };
  return [...deliveries].sort((a, b) => at(b) - at(a));
}

/** A delivery's link if it is one to follow: a path on this site or an http(s) URL, never a script. */
export function safeLink(link: string | null | undefined): string | undefined {
  const text = link?.trim();
  if (!text) {
    return undefined;
  }
  if (text.startsWith('/') && !text.startsWith('//')) {
    return text;
  }
  return /^https?:\/\//i.test(text) ? text : undefined;
}
