import { currentToken } from '../auth/session';
import { parseProblem, problemMessage, type Problem } from './problem';

/** A request that did not succeed: the HTTP status (0 when nothing answered) and its problem, if any. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem | undefined,
  ) {
    super(problemMessage(problem, status));
    this.name = 'ApiError';
  }
}

export interface ApiResponse<T> {
  status: number;
  /** The parsed JSON body; undefined for 204 and empty bodies. */
  body: T | undefined;
}

export interface ApiRequest {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  body?: unknown;
  /** Sent without the bearer token: for what is open to everyone, which an expired token would spoil. */
  anonymous?: boolean;
}

let unauthorized: () => void = () => {};

/** What to do when the gateway refuses the user's token (401): it expired or was revoked. */
export function whenUnauthorized(handler: () => void): void {
  unauthorized = handler;
}

/**
 * The one way the console calls the gateway: JSON in and out, the bearer token when one is known,
 * and every failure as an {@link ApiError} carrying the problem+json the server sent; a 401 also tells
 * the {@link whenUnauthorized} handler.
 */
export async function api<T>(path: string, request: ApiRequest = {}): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
  const token = request.anonymous ? undefined : currentToken();
  if (token) {
    headers.Authorization = `Bearer ${token}`;
  }
  if (request.body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  let response: Response;
  try {
    response = await fetch(path, {
      method: request.method ?? 'GET',
      headers,
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
    });
  } catch {
    throw new ApiError(0, undefined);
  }
  const text = await response.text();
  if (!response.ok) {
    if (response.status === 401) {
      unauthorized();
    }
    throw new ApiError(response.status, parseProblem(text));
  }
  return { status: response.status, body: text.trim() ? (JSON.parse(text) as T) : undefined };
}

/** GET a JSON document that must be there. */
export async function getJson<T>(path: string, request: Pick<ApiRequest, 'anonymous'> = {}): Promise<T> {
  const { body } = await api<T>(path, request);
  if (body === undefined) {
    throw new ApiError(204, { detail: `${path} answered without content.` });
  }
  return body;
}

/** GET a document that may not exist: undefined for 404, any other failure thrown. */
export async function findJson<T>(path: string): Promise<T | undefined> {
  try {
    return await getJson<T>(path);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) {
      return undefined;
    }
    throw error;
  }
}

/** Encodes one path segment, so an id typed by a user cannot change the path. */
export function segment(value: string): string {
  return encodeURIComponent(value.trim());
}
