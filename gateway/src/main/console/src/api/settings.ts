import type { SignInSettings } from '../auth/sign-in';
import { getJson } from './http';

/** What the gateway tells the console about this installation (GET /console/settings.json). */
export interface ConsoleSettings {
  /** Local mode: the console lists and completes Camunda user tasks itself. */
  taskInboxEnabled: boolean;
  /** Where users find their tasks when the inbox is off (Camunda Tasklist). */
  tasklistUrl?: string | null;
  /** Where users sign in: the OpenID Connect provider, the console's client there and the claims to read. */
  signIn: SignInSettings;
}

/** Open to everyone: asked for without the token, so that an expired one cannot keep the console from starting. */
export function loadSettings(): Promise<ConsoleSettings> {
  return getJson<ConsoleSettings>('/console/settings.json', { anonymous: true });
}
