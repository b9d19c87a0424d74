import './styles.css';
import { whenUnauthorized } from './api/http';
import { loadSettings, type ConsoleSettings } from './api/settings';
import { clearSession, currentSession, storedSession } from './auth/session';
import { completeSignIn, signInAnswer, signOut } from './auth/sign-in';
import { renderSignIn, type SignInReason } from './auth/sign-in-view';
import { renderJourney } from './journey/journey-view';
import { renderLeaks } from './leaks/leaks-view';
import { renderNotifications } from './notifications/notifications-view';
import { mayUseRevenue } from './revenue/revenue';
import { renderRevenue } from './revenue/revenue-view';
import { href, parseRoute, type Route } from './router';
import { renderSavePlay } from './save-play/save-play-view';
import { renderTaskInbox } from './tasks/task-inbox-view';
import { loading, problemBox } from './ui/components';
import { h, replace } from './ui/dom';

const NAVIGATION: { route: Route; label: string; shownTo?: (roles: string[]) => boolean }[] = [
  { route: { view: 'leaks' }, label: 'Leaks' },
  { route: { view: 'journey' }, label: 'Customer journey' },
  { route: { view: 'save-play' }, label: 'Save play' },
  { route: { view: 'revenue' }, label: 'Revenue', shownTo: mayUseRevenue },
  { route: { view: 'tasks' }, label: 'Tasks' },
  { route: { view: 'notifications' }, label: 'Notifications' },
];

const app = document.getElementById('app') as HTMLElement;

async function start(): Promise<void> {
  let settings: ConsoleSettings;
  try {
    settings = await loadSettings();
  } catch (error) {
    replace(
      app,
      h(
        'main',
        { id: 'main' },
        h('h1', {}, 'Baton console'),
        problemBox(error, 'The console settings could not be loaded'),
      ),
    );
    return;
  }
  whenUnauthorized(() => {
    if (!storedSession()) {
      return;
    }
    clearSession();
    showSignIn(settings, { notice: 'Your sign-in has ended, or the gateway no longer accepts it. Sign in again.' });
  });
  const answer = signInAnswer(location.search);
  if (answer) {
    replace(app, h('main', { id: 'main' }, loading('Signing you in…')));
    try {
      const { returnTo } = await completeSignIn(settings.signIn, answer);
      history.replaceState(null, '', location.pathname + returnTo);
    } catch (error) {
      history.replaceState(null, '', location.pathname + location.hash);
      showSignIn(settings, { problem: error });
      return;
    }
  }
  if (currentSession()) {
    showConsole(settings);
  } else {
    showSignIn(settings);
  }
}

/** Without a session the console shows nothing but the way to sign in. */
function showSignIn(settings: ConsoleSettings, reason?: SignInReason): void {
  window.onhashchange = null;
  renderSignIn(app, settings, reason);
}

function showConsole(settings: ConsoleSettings): void {
  const main = h('main', { id: 'main', tabindex: -1 });
  const roles = currentSession()?.roles ?? [];
  const links = NAVIGATION.filter((item) => !item.shownTo || item.shownTo(roles)).map((item) =>
    h('a', { href: href(item.route), 'data-view': item.route.view }, item.label),
  );
  replace(
    app,
    h('a', { class: 'skip-link', href: '#main', onclick: (event: Event) => skipTo(event, main) }, 'Skip to content'),
    h(
      'header',
      { class: 'top' },
      h('a', { class: 'brand', href: href({ view: 'leaks' }) }, 'Baton'),
      h('nav', { 'aria-label': 'Main' }, links),
      userArea(settings),
    ),
    main,
  );
  const show = (): void => {
    const route = parseRoute(location.hash);
    links.forEach((link) => {
      if (link.dataset.view === route.view) {
        link.setAttribute('aria-current', 'page');
      } else {
        link.removeAttribute('aria-current');
      }
    });
    switch (route.view) {
      case 'journey':
        return renderJourney(main, route.id);
      case 'save-play':
        return renderSavePlay(main, route.customerId, currentSession());
      case 'revenue':
        return renderRevenue(main, route, currentSession());
      case 'tasks':
        return renderTaskInbox(main, settings, currentSession(), () => showSignIn(settings));
      case 'notifications':
        return renderNotifications(main, currentSession());
      default:
        return renderLeaks(main);
    }
  };
  window.onhashchange = () => {
    show();
    main.focus();
  };
  show();
}

function userArea(settings: ConsoleSettings): HTMLElement | null {
  const session = currentSession();
  return session
    ? h(
        'div',
        { class: 'user' },
        h(
          'span',
          {},
          `Signed in as ${session.username}`,
          session.groups.length ? ` (${session.groups.join(', ')})` : '',
        ),
        h('button', { type: 'button', class: 'link', onclick: () => leave(settings) }, 'Sign out'),
      )
    : null;
}

/** The skip link moves focus without touching the URL fragment, which holds the route. */
function skipTo(event: Event, main: HTMLElement): void {
  event.preventDefault();
  main.focus();
}

/** Sign out: the session is forgotten, and the identity provider ends its own when it offers that. */
function leave(settings: ConsoleSettings): void {
  const logout = signOut(settings.signIn);
  if (logout) {
    location.assign(logout);
  } else {
    showSignIn(settings);
  }
}

void start();
