import { ApiError } from '../api/http';
import type { Session } from '../auth/session';
import { badge, emptyState, loading, problemBox, table, time } from '../ui/components';
import { h, replace, type Child } from '../ui/dom';
import {
  AREAS,
  areaOfService,
  describeEventType,
  newestFirst,
  preferenceLabel,
  preferenceOf,
  PREFERENCES,
  safeLink,
  serviceName,
  subscriptionOf,
  type Area,
  type Delivery,
  type EventType,
  type Preference,
  type Subscription,
} from './notifications';
import { findEventTypes, findOwnDeliveries, findOwnSubscriptions, savePreference } from './notifications-api';

/**
 * The signed-in person's own notifications: for each service's event types whether to be e-mailed as the
 * event's natural recipients decide, always or never, saved at once; and what was sent to them.
 */
export function renderNotifications(main: HTMLElement, session: Session | undefined): void {
  document.title = 'Notifications · Baton console';
  if (!session) {
    replace(main, h('h1', {}, 'Notifications'), emptyState('Sign in to choose your notifications.'));
    return;
  }
  const areas = AREAS.map((area) => ({ area, section: card(`notifications-${area.id}`, area.title) }));
  const log = card('notifications-sent', 'What was sent to me');
  replace(
    main,
    h('h1', {}, 'Notifications'),
    h(
      'p',
      {},
      'Choose which e-mails you get. By default each event is sent to the people it concerns, as described; ',
      '“Always e-mail me” adds you, “Never e-mail me” takes you out. A change is saved at once.',
    ),
    areas.map(({ section }) => section),
    log,
  );
  for (const { area, section } of areas) {
    void showArea(area, section, session.username);
  }
  void showDeliveries(log, session.username);
}

function card(id: string, title: string): HTMLElement {
  return h('section', { class: 'card', 'aria-labelledby': id }, h('h2', { id }, title), loading());
}

async function showArea(area: Area, section: HTMLElement, username: string): Promise<void> {
  const heading = section.querySelector('h2') as HTMLElement;
  try {
    const [eventTypes, subscriptions] = await Promise.all([findEventTypes(area), findOwnSubscriptions(area, username)]);
    const known = eventTypes.filter((eventType): eventType is EventType & { eventType: string } =>
      Boolean(eventType.eventType),
    );
    replace(
      section,
      heading,
      known.length
        ? h(
            'div',
            { class: 'preferences' },
            known.map((eventType) =>
              preferenceChoice(area, eventType, subscriptionOf(subscriptions, eventType.eventType, username), username),
            ),
          )
        : emptyState(`${area.service} sends no notifications.`),
    );
  } catch (error) {
    replace(
      section,
      heading,
      problemBox(error, unavailable(error) ? `${area.title} is unavailable` : `${area.title} could not be loaded`),
      h('p', { class: 'muted' }, `Your choices for ${area.service}'s notifications cannot be seen or changed now.`),
    );
  }
}

function unavailable(error: unknown): boolean {
  return error instanceof ApiError && [0, 502, 503, 504].includes(error.status);
}

/** One event type: what it is, the three choices, and what is saved (or why it was not). */
function preferenceChoice(
  area: Area,
  eventType: EventType & { eventType: string },
  subscription: Subscription | undefined,
  username: string,
): HTMLElement {
  const text = describeEventType(area, eventType.eventType);
  const name = `preference-${area.id}-${eventType.eventType}`;
  const hint = `${name}-when`;
  let saved: Preference = preferenceOf(subscription);
  const radios = PREFERENCES.map((preference) =>
    h('input', {
      type: 'radio',
      id: `${name}-${preference.value}`,
      name,
      value: preference.value,
      checked: preference.value === saved,
    }),
  );
  const status = h('div', { class: 'preference-status', 'aria-live': 'polite' }, setBy(subscription, username));
  const webhooks = eventType.webhooks ?? [];
  const fieldset = h(
    'fieldset',
    { class: 'preference', 'aria-describedby': hint },
    h('legend', {}, text.label),
    h(
      'p',
      { id: hint, class: 'muted' },
      text.when,
      webhooks.length
        ? ` Also posted to ${webhooks.length === 1 ? 'webhook' : 'webhooks'} ${webhooks.join(', ')}.`
        : '',
    ),
    h(
      'div',
      { class: 'choices' },
      radios.map((radio, index) => h('label', {}, radio, ` ${PREFERENCES[index].label}`)),
    ),
    status,
  );
  fieldset.addEventListener('change', async (event) => {
    const chosen = (event.target as HTMLInputElement).value as Preference;
    fieldset.disabled = true;
    replace(status, loading(`Saving “${preferenceLabel(chosen)}”…`));
    try {
      await savePreference(area, eventType.eventType, username, chosen);
      saved = chosen;
      replace(status, h('p', { class: 'saved' }, `Saved: ${preferenceLabel(chosen)}.`));
    } catch (error) {
      replace(status, problemBox(error, `“${preferenceLabel(chosen)}” was not saved`));
    } finally {
      radios.forEach((radio) => (radio.checked = radio.value === saved));
      fieldset.disabled = false;
      radios.find((radio) => radio.checked)?.focus();
    }
  });
  return fieldset;
}

/** When a choice was made, and by whom when it was not the person (an administrator may set it). */
function setBy(subscription: Subscription | undefined, username: string): Child {
  if (!subscription?.updatedAt) {
    return null;
  }
  const by = subscription.updatedBy && subscription.updatedBy !== username ? ` by ${subscription.updatedBy}` : '';
  return h(
    'small',
    { class: 'muted' },
    `${preferenceLabel(preferenceOf(subscription))} since `,
    time(subscription.updatedAt),
    by,
  );
}

async function showDeliveries(section: HTMLElement, username: string): Promise<void> {
  const heading = section.querySelector('h2') as HTMLElement;
  try {
    const log = await findOwnDeliveries(username);
    const deliveries = newestFirst(log.deliveries ?? []);
    const missing = log.unavailable ?? [];
    replace(
      section,
      heading,
      missing.length
        ? h(
            'div',
            { class: 'problem', role: 'alert' },
            h('strong', {}, 'Not every service answered'),
            h('p', {}, `Not shown: what ${missing.map(serviceName).join(', ')} sent you.`),
          )
        : null,
      deliveries.length
        ? h('div', { class: 'table-scroll' }, deliveryTable(deliveries))
        : emptyState('Nothing has been sent to you yet.'),
    );
  } catch (error) {
    replace(section, heading, problemBox(error, 'What was sent to you could not be loaded'));
  }
}

function deliveryTable(deliveries: Delivery[]): HTMLElement {
  return table(
    'What was sent to me, newest first',
    ['When', 'Event', 'Channel', 'Status', 'Attempts', 'Last error', 'Link'],
    deliveries.map((delivery) => {
      const area = areaOfService(delivery.service);
      const link = safeLink(delivery.link);
      return [
        time(delivery.createdAt),
        [
          area && delivery.eventType ? describeEventType(area, delivery.eventType).label : (delivery.eventType ?? '—'),
          h('br'),
          h('small', { class: 'muted' }, area?.title ?? delivery.service ?? ''),
        ],
        delivery.channel ?? '—',
        deliveryStatus(delivery),
        delivery.attempts ?? 0,
        delivery.lastError || '—',
        link ? h('a', { href: link }, 'Open') : '—',
      ];
    }),
  );
}

function deliveryStatus(delivery: Delivery): Child {
  switch (delivery.status) {
    case 'sent':
      return [badge('sent', 'ok'), delivery.sentAt ? [' ', time(delivery.sentAt)] : null];
    case 'dead':
      return badge('failed', 'bad');
    case 'pending':
      return [
        badge('pending', 'warn'),
        delivery.nextAttemptAt ? [h('br'), 'next try ', time(delivery.nextAttemptAt)] : null,
      ];
    default:
      return badge(delivery.status ?? 'unknown', 'neutral');
  }
}
