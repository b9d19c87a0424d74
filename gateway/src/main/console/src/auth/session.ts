/**
 * Who uses the console: the user id, the Camunda groups the task inbox filters by, and the roles
 * the development token is asked for.
 */
export interface Identity {
  username: string;
  groups: string[];
  roles: string[];
}

/** The identity kept for the browser tab (sessionStorage), with the access token when one was issued. */
export interface Session extends Identity {
  token?: string;
}

const KEY = 'baton.console.session';

export function currentSession(): Session | undefined {
  const stored = sessionStorage.getItem(KEY);
  if (!stored) {
    return undefined;
  }
  try {
    const session = JSON.parse(stored) as Session;
    if (typeof session.username !== 'string' || !Array.isArray(session.groups)) {
      return undefined;
    }
    return { ...session, roles: Array.isArray(session.roles) ? session.roles : [] };
  } catch {
    return undefined;
  }
}

export function currentToken(): string | undefined {
  return currentSession()?.token;
}

export function saveSession(session: Session): void {
  sessionStorage.setItem(KEY, JSON.stringify(session));
}

export function signOut(): void {
  sessionStorage.removeItem(KEY);
}

/** "sales, cs-leaders " → ["sales", "cs-leaders"] */
export function parseNames(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\s,]+/)
        .map((name) => name.trim())
        .filter(Boolean),
    ),
  ];
}
