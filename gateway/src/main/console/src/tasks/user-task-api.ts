import { api, segment } from '../api/http';
import type { Identity } from '../auth/session';
import { inboxQueries, mergeTasks, variablesToData, type UserTask, type VariableItem } from './user-tasks';

/** Camunda 8's user-task REST API, through the gateway (route camunda-user-tasks). */
const BASE = '/v2/user-tasks';

interface Page<T> {
  items?: T[];
}

interface FormResult {
  schema?: string;
}

export async function findInbox(session: Identity): Promise<UserTask[]> {
  const pages = await Promise.all(
    inboxQueries(session).map((query) => api<Page<UserTask>>(`${BASE}/search`, { method: 'POST', body: query })),
  );
  return mergeTasks(pages.map((page) => page.body?.items ?? []));
}

/** The task's Camunda Form schema, or undefined when the task has no form (204). */
export async function findForm(task: UserTask): Promise<Record<string, unknown> | undefined> {
  const { body } = await api<FormResult>(`${BASE}/${segment(task.userTaskKey)}/form`);
  return body?.schema ? (JSON.parse(body.schema) as Record<string, unknown>) : undefined;
}

export async function findVariables(task: UserTask): Promise<Record<string, unknown>> {
  const { body } = await api<Page<VariableItem>>(`${BASE}/${segment(task.userTaskKey)}/variables/search`, {
    method: 'POST',
    body: { page: { limit: 1000 } },
  });
  return variablesToData(body?.items ?? []);
}

export async function assign(task: UserTask, assignee: string): Promise<void> {
  await api(`${BASE}/${segment(task.userTaskKey)}/assignment`, { method: 'POST', body: { assignee } });
}

export async function complete(task: UserTask, variables: Record<string, unknown>): Promise<void> {
  await api(`${BASE}/${segment(task.userTaskKey)}/completion`, { method: 'POST', body: { variables } });
}
