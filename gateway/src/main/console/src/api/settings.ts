import { getJson } from './http';

/** What the gateway tells the console about this installation (GET /console/settings.json). */
export interface ConsoleSettings {
  /** Local mode: the console lists and completes Camunda user tasks itself. */
  taskInboxEnabled: boolean;
  /** Where users find their tasks when the inbox is off (Camunda Tasklist). */
  tasklistUrl?: string | null;
  /** Local mode: users say who they are on a sign-in screen. */
  devSignIn: boolean;
}

export function loadSettings(): Promise<ConsoleSettings> {
  return getJson<ConsoleSettings>('/console/settings.json');
}
