import type { Identity } from '../auth/session';

/** A Camunda 8 user task, as the user-task search answers it (the fields the inbox shows). */
export interface UserTask {
  userTaskKey: string;
  name?: string;
  state?: string;
  assignee?: string;
  elementId?: string;
  candidateGroups?: string[];
  candidateUsers?: string[];
  processName?: string;
  processDefinitionId?: string;
  processInstanceKey?: string;
  creationDate?: string;
  dueDate?: string;
  priority?: number;
  formKey?: string;
}

/** One variable of a variable search: its value is JSON text. */
export interface VariableItem {
  name: string;
  value?: string;
  isTruncated?: boolean;
}

export interface SearchQuery {
  filter: Record<string, unknown>;
  page: { limit: number };
}

const PAGE = { limit: 100 };

/**
 * The searches that find a user's open tasks: assigned to them, offered to them, or offered to one of
 * their groups. Camunda's filter joins fields with AND, so each is its own search.
 */
export function inboxQueries(session: Identity): SearchQuery[] {
  const queries: SearchQuery[] = [
    { filter: { state: 'CREATED', assignee: session.username }, page: PAGE },
    { filter: { state: 'CREATED', candidateUser: session.username }, page: PAGE },
  ];
  if (session.groups.length > 0) {
    queries.push({ filter: { state: 'CREATED', candidateGroup: { $in: session.groups } }, page: PAGE });
  }
  return queries;
}

/** One list from several searches: each task once, most urgent first (due date, then priority, then age). */
export function mergeTasks(results: UserTask[][]): UserTask[] {
  const byKey = new Map<string, UserTask>();
  results.flat().forEach((task) => byKey.set(task.userTaskKey, task));
  return [...byKey.values()].sort(
    (a, b) =>
      compareOptional(a.dueDate, b.dueDate) ||
      (b.priority ?? 0) - (a.priority ?? 0) ||
      compareOptional(a.creationDate, b.creationDate) ||
      a.userTaskKey.localeCompare(b.userTaskKey),
  );
}

/**
 * The form data of a task from its variables: each value parsed from its JSON text. Truncated values
 * are left out rather than shown cut short.
 */
export function variablesToData(items: VariableItem[]): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const item of items) {
    if (item.isTruncated || item.value === undefined) {
      continue;
    }
    try {
      data[item.name] = JSON.parse(item.value);
    } catch {
      data[item.name] = item.value;
    }
  }
  return data;
}

export function isAssignedTo(task: UserTask, username: string | undefined): boolean {
  return username !== undefined && task.assignee === username;
}

/** Who a task is for, in a word: "you", "bob", or its candidate groups. */
export function offeredTo(task: UserTask, username: string | undefined): string {
  if (task.assignee) {
    return task.assignee === username ? 'you' : task.assignee;
  }
  const candidates = [...(task.candidateGroups ?? []), ...(task.candidateUsers ?? [])];
  return candidates.length ? candidates.join(', ') : 'anyone';
}

function compareOptional(a: string | undefined, b: string | undefined): number {
  if (a === b) {
    return 0;
  }
  if (a === undefined) {
    return 1;
  }
  if (b === undefined) {
    return -1;
  }
  return Date.parse(a) - Date.parse(b);
}
