/**
 * Who uses the console, as the access token says: the user id, the roles the API checks and the
 * Camunda groups the task inbox looks for tasks of.
 */
export interface Identity {
  username: string;
  groups: string[];
  roles: string[];
}

/** The signed-in user, kept for the browser tab (sessionStorage), with what the identity provider issued. */
export interface Session extends Identity {
  /** The access token the console sends as the bearer token. */
  token: string;
  /** When the access token expires, in seconds since the epoch, when it says. */
  expiresAt?: number;
  /** The ID token, handed back to the identity provider on sign-out. */
  idToken?: string;
  /** Where the identity provider ends its own session on sign-out, when it offers that. */
  endSessionEndpoint?: string;
}

const KEY = 'baton.console.session';

/** The session kept for this tab, expired or not; undefined when there is none or it is unreadable. */
export function storedSession(): Session | undefined {
  const stored = sessionStorage.getItem(KEY);
  if (!stored) {
    return undefined;
  }
  try {
    const session = JSON.parse(stored) as Session;
    if (typeof session.username !== 'string' || typeof session.token !== 'string' || !session.token) {
      return undefined;
    }
    return {
      ...session,
      groups: Array.isArray(session.groups) ? session.groups : [],
      roles: Array.isArray(session.roles) ? session.roles : [],
    };
  } catch {
    return undefined;
  }
}

/** The signed-in user, unless their access token has expired. */
export function currentSession(now: number = Date.now()): Session | undefined {
  const session = storedSession();
  return session && (session.expiresAt === undefined || session.expiresAt * 1000 > now) ? session : undefined;
}

export function currentToken(): string | undefined {
  return currentSession()?.token;
}

export function saveSession(session: Session): void {
  sessionStorage.setItem(KEY, JSON.stringify(session));
}

export function clearSession(): void {
  sessionStorage.removeItem(KEY);
}
