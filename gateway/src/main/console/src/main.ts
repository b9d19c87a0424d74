import './styles.css';
import { loadSettings, type ConsoleSettings } from './api/settings';
import { currentSession, signOut } from './auth/session';
import { renderSignIn } from './auth/sign-in-view';
import { renderJourney } from './journey/journey-view';
import { renderLeaks } from './leaks/leaks-view';
import { href, parseRoute, type Route } from './router';
import { renderSavePlay } from './save-play/save-play-view';
import { renderTaskInbox } from './tasks/task-inbox-view';
import { problemBox } from './ui/components';
import { h, replace } from './ui/dom';

const NAVIGATION: { route: Route; label: string }[] = [
  { route: { view: 'leaks' }, label: 'Leaks' },
  { route: { view: 'journey' }, label: 'Customer journey' },
  { route: { view: 'save-play' }, label: 'Save play' },
  { route: { view: 'tasks' }, label: 'Tasks' },
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
  if (settings.devSignIn && !currentSession()) {
    renderSignIn(app, () => showConsole(settings));
  } else {
    showConsole(settings);
  }
}

function showConsole(settings: ConsoleSettings): void {
  const main = h('main', { id: 'main', tabindex: -1 });
  const links = NAVIGATION.map((item) => h('a', { href: href(item.route), 'data-view': item.route.view }, item.label));
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
      case 'tasks':
        return renderTaskInbox(main, settings, currentSession(), () => signInAgain(settings));
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
  if (session) {
    return h(
      'div',
      { class: 'user' },
      h('span', {}, `Signed in as ${session.username}`, session.groups.length ? ` (${session.groups.join(', ')})` : ''),
      h('button', { type: 'button', class: 'link', onclick: () => signInAgain(settings) }, 'Sign out'),
    );
  }
  return settings.devSignIn
    ? h(
        'div',
        { class: 'user' },
        h('button', { type: 'button', class: 'link', onclick: () => signInAgain(settings) }, 'Sign in'),
      )
    : null;
}

/** The skip link moves focus without touching the URL fragment, which holds the route. */
function skipTo(event: Event, main: HTMLElement): void {
  event.preventDefault();
  main.focus();
}

function signInAgain(settings: ConsoleSettings): void {
  signOut();
  renderSignIn(app, () => showConsole(settings));
}

void start();
