import { api, getJson, segment } from '../api/http';
import type { Customer, CustomerSummary, SavePlay } from '../api/models';
import type { Session } from '../auth/session';
import { href } from '../router';
import { bandBadge, facts, loading, problemBox, time } from '../ui/components';
import { h, replace } from '../ui/dom';
import { formatAmount, formatDate } from '../ui/format';

/** A service agent finds a customer and asks for a save play, with the reason and the ticket it came from. */
export function renderSavePlay(main: HTMLElement, customerId: string | undefined, session: Session | undefined): void {
  document.title = 'Save play · Baton console';
  const customerField = h('input', {
    id: 'save-play-customer',
    name: 'customerId',
    required: true,
    autocomplete: 'off',
    list: 'customer-options',
    maxlength: 64,
    value: customerId ?? '',
    'aria-describedby': 'save-play-customer-hint',
  });
  const reasonField = h('textarea', {
    id: 'save-play-reason',
    name: 'reason',
    required: true,
    maxlength: 500,
    rows: 3,
  });
  const ticketField = h('input', { id: 'save-play-ticket', name: 'sourceTicket', maxlength: 100, autocomplete: 'off' });
  const triggeredByField = h('input', {
    id: 'save-play-triggered-by',
    name: 'triggeredBy',
    required: true,
    maxlength: 100,
    value: session?.username ?? '',
  });
  const customerCard = h('div', { class: 'customer-card', 'aria-live': 'polite' });
  const result = h('div', { class: 'result', 'aria-live': 'polite' });
  const submit = h('button', { type: 'submit' }, 'Trigger save play');
  const options = h('datalist', { id: 'customer-options' });

  const find = (): void => {
    const id = customerField.value.trim();
    if (id) {
      replace(customerCard, loading(`Looking up ${id}…`));
      getJson<Customer>(`/api/customers/${segment(id)}`).then(
        (customer) => replace(customerCard, customerSummary(customer)),
        (error: unknown) => replace(customerCard, problemBox(error, `Customer ${id}`)),
      );
    }
  };

  const form = h(
    'form',
    {
      class: 'card form',
      onsubmit: async (event: Event) => {
        event.preventDefault();
        const id = customerField.value.trim();
        submit.disabled = true;
        replace(result, loading('Asking for a save play…'));
        try {
          const { status, body } = await api<SavePlay>(`/api/customers/${segment(id)}/save-plays`, {
            method: 'POST',
            body: {
              reason: reasonField.value.trim(),
              sourceTicket: ticketField.value.trim() || undefined,
              triggeredBy: triggeredByField.value.trim(),
            },
          });
          replace(result, outcome(status, body, id));
          reasonField.value = '';
          ticketField.value = '';
        } catch (error) {
          replace(result, problemBox(error, 'The save play was not triggered'));
        } finally {
          submit.disabled = false;
        }
      },
    },
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'save-play-customer' }, 'Customer id'),
      h(
        'div',
        { class: 'inline' },
        customerField,
        h('button', { type: 'button', class: 'secondary', onclick: find }, 'Find customer'),
      ),
      h('small', { id: 'save-play-customer-hint', class: 'muted' }, 'The deal id that won the customer.'),
    ),
    customerCard,
    h('div', { class: 'field' }, h('label', { for: 'save-play-reason' }, 'Reason'), reasonField),
    h('div', { class: 'field' }, h('label', { for: 'save-play-ticket' }, 'Source ticket (optional)'), ticketField),
    h('div', { class: 'field' }, h('label', { for: 'save-play-triggered-by' }, 'Triggered by'), triggeredByField),
    submit,
    options,
  );

  replace(
    main,
    h('h1', {}, 'Save play'),
    h(
      'p',
      {},
      'Ask for a save play for a customer at risk. A customer has at most one running: a second request is attached to it.',
    ),
    form,
    result,
  );
  if (customerId) {
    find();
  }
  getJson<CustomerSummary[]>('/api/customers?limit=200').then(
    (customers) =>
      replace(
        options,
        customers.map((c) => h('option', { value: c.customerId }, c.customerName ?? c.customerId)),
      ),
    () => replace(options),
  );
}

function customerSummary(customer: Customer): HTMLElement {
  const active = customer.activeIntervention;
  return facts([
    ['Customer', customer.customerName ?? customer.customerId],
    ['Health', [`${customer.health?.score ?? '?'} `, bandBadge(customer.health?.band)]],
    ['Account manager', customer.accountManager],
    ['ARR', formatAmount(customer.arr)],
    ['Renewal', customer.renewal?.renewalDate ? formatDate(customer.renewal.renewalDate) : undefined],
    ['Running save play', active ? [active.play ?? 'play being chosen', ' since ', time(active.startedAt)] : 'none'],
  ]);
}

function outcome(status: number, savePlay: SavePlay | undefined, customerId: string): HTMLElement {
  const name = savePlay?.customerName ?? customerId;
  return h(
    'div',
    { class: 'success', role: 'status' },
    h('p', {}, status === 201 ? started(savePlay, name) : attached(savePlay, name)),
    h('a', { href: href({ view: 'journey', id: customerId }) }, `See the journey of ${name}`),
  );
}

function started(savePlay: SavePlay | undefined, name: string): string {
  const play = savePlay?.play ?? savePlay?.decision?.playName;
  const id = savePlay?.interventionId ? ` ${savePlay.interventionId}` : '';
  return `Save play${id} started for ${name}. ${play ? `Play: ${play}.` : 'The play is being chosen.'}`;
}

function attached(savePlay: SavePlay | undefined, name: string): string {
  const requests = savePlay?.triggers?.length ?? 1;
  return `A save play was already running for ${name}; your request was attached to it (${requests} requests so far).`;
}
