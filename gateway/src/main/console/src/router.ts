/** The console's views, addressed by the URL fragment so the gateway serves one page. */
export type Route =
  | { view: 'leaks' }
  | { view: 'journey'; id?: string }
  | { view: 'save-play'; customerId?: string }
  | { view: 'revenue'; dimension?: string; from?: string; to?: string; drill?: string | null; lost?: string | null }
  | { view: 'tasks' }
  | { view: 'notifications' };

export function parseRoute(hash: string): Route {
  const fragment = hash.replace(/^#\/?/, '');
  const [view = '', ...rest] = fragment.split('/');
  const id = rest.length ? decodeURIComponent(rest.join('/')).trim() || undefined : undefined;
  switch (view) {
    case 'journey':
      return { view: 'journey', id };
    case 'save-play':
      return { view: 'save-play', customerId: id };
    case 'tasks':
      return { view: 'tasks' };
    case 'notifications':
      return { view: 'notifications' };
    default:
      return view === 'revenue' || view.startsWith('revenue?') ? revenueRoute(fragment) : { view: 'leaks' };
  }
}

/**
 * The revenue page keeps what it shows in the query of the fragment, so that Back from a customer's
 * journey returns to the same figures: `#/revenue?dimension=campaign&from=…&to=…&drill=…&lost=…`, where
 * `drill` is the row of the figures drilled into and `lost` the row of the customers lost; an empty one is
 * the row of customers with no value for the dimension.
 */
function revenueRoute(fragment: string): Route {
  const questionMark = fragment.indexOf('?');
  const query = new URLSearchParams(questionMark < 0 ? '' : fragment.slice(questionMark + 1));
  const text = (name: string): string | undefined => query.get(name)?.trim() || undefined;
  const row = (name: string): string | null | undefined => {
    const value = query.get(name);
    return value === null ? undefined : value.trim() || null;
  };
  return {
    view: 'revenue',
    dimension: text('dimension'),
    from: text('from'),
    to: text('to'),
    drill: row('drill'),
    lost: row('lost'),
  };
}

export function href(route: Route): string {
  switch (route.view) {
    case 'journey':
      return route.id ? `#/journey/${encodeURIComponent(route.id)}` : '#/journey';
    case 'save-play':
      return route.customerId ? `#/save-play/${encodeURIComponent(route.customerId)}` : '#/save-play';
    case 'revenue': {
      const query = new URLSearchParams();
      for (const name of ['dimension', 'from', 'to'] as const) {
        if (route[name]) {
          query.set(name, route[name]);
        }
      }
      for (const name of ['drill', 'lost'] as const) {
        if (route[name] !== undefined) {
          query.set(name, route[name] ?? '');
        }
      }
      const text = query.toString();
      return text ? `#/revenue?${text}` : '#/revenue';
    }
    default:
      return `#/${route.view}`;
  }
}
