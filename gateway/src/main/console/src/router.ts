/** The console's views, addressed by the URL fragment so the gateway serves one page. */
export type Route =
  { view: 'leaks' } | { view: 'journey'; id?: string } | { view: 'save-play'; customerId?: string } | { view: 'tasks' };

export function parseRoute(hash: string): Route {
  const [view = '', ...rest] = hash.replace(/^#\/?/, '').split('/');
  const id = rest.length ? decodeURIComponent(rest.join('/')).trim() || undefined : undefined;
  switch (view) {
    case 'journey':
      return { view: 'journey', id };
    case 'save-play':
      return { view: 'save-play', customerId: id };
    case 'tasks':
      return { view: 'tasks' };
    default:
      return { view: 'leaks' };
  }
}

export function href(route: Route): string {
  switch (route.view) {
    case 'journey':
      return route.id ? `#/journey/${encodeURIComponent(route.id)}` : '#/journey';
    case 'save-play':
      return route.customerId ? `#/save-play/${encodeURIComponent(route.customerId)}` : '#/save-play';
    default:
      return `#/${route.view}`;
  }
}
