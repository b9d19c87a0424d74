import type { ConsoleSettings } from '../api/settings';
import { h, replace } from '../ui/dom';
import { beginSignIn } from './sign-in';

/** Why the sign-in screen is shown, when it is not the first visit. */
export interface SignInReason {
  /** A sign-in that failed: shown as a problem. */
  problem?: unknown;
  /** Something the user should know, such as an ended session. */
  notice?: string;
}

/**
 * No session: one button that sends the user to the identity provider, which asks who they are and
 * sends them back to the page they wanted.
 */
export function renderSignIn(container: HTMLElement, settings: ConsoleSettings, reason: SignInReason = {}): void {
  document.title = 'Sign in · Baton console';
  const problem = h('div', { class: 'sign-in-problem' });
  const button = h('button', { type: 'button' }, 'Sign in');
  const showProblem = (error: unknown): void =>
    replace(
      problem,
      h(
        'div',
        { class: 'problem', role: 'alert' },
        h('strong', {}, 'Not signed in'),
        h('p', {}, error instanceof Error ? error.message : String(error)),
      ),
    );
  button.addEventListener('click', () => {
    replace(problem);
    button.disabled = true;
    beginSignIn(settings.signIn, location.hash)
      .then((authorization) => location.assign(authorization))
      .catch((error: unknown) => {
        button.disabled = false;
        showProblem(error);
      });
  });
  if (reason.problem !== undefined) {
    showProblem(reason.problem);
  }
  const provider = providerName(settings.signIn.issuer);
  replace(
    container,
    h(
      'main',
      { id: 'main', class: 'sign-in', tabindex: -1 },
      h('h1', {}, 'Sign in to the Baton console'),
      reason.notice ? h('p', { class: 'notice', role: 'status' }, reason.notice) : null,
      problem,
      h(
        'section',
        { class: 'card' },
        h(
          'p',
          {},
          `Your identity provider${provider ? ` (${provider})` : ''} asks who you are, then sends you back here.`,
        ),
        settings.taskInboxEnabled
          ? h('p', { class: 'muted' }, 'Local mode: the README lists the local users you can sign in as.')
          : null,
        button,
      ),
    ),
  );
}

function providerName(issuer: string | null | undefined): string | undefined {
  try {
    return issuer ? new URL(issuer).host : undefined;
  } catch {
    return undefined;
  }
}
