import { api, ApiError } from '../api/http';
import { saveSession, type Identity, type Session } from './session';

interface DevToken {
  access_token?: string;
}

/**
 * Local sign-in: asks the gateway's development issuer for a token for the user, groups and roles.
 * Where no issuer answers, the console only remembers who the user is, for the task inbox. An
 * issuer that refuses the input (400) is the user's to correct: that problem is thrown.
 */
export async function signIn(identity: Identity): Promise<Session> {
  const session: Session = { ...identity, username: identity.username.trim() };
  try {
    const { status, body } = await api<DevToken>('/auth/dev-token', {
      method: 'POST',
      body: { username: session.username, groups: session.groups, roles: session.roles },
    });
    if (status === 200 && body?.access_token) {
      session.token = body.access_token;
    }
  } catch (error) {
    if (error instanceof ApiError && error.status === 400) {
      throw error;
    }
  }
  saveSession(session);
  return session;
}
