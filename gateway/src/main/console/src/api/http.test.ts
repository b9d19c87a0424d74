import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveSession } from '../auth/session';
import { MemoryStorage } from '../testing/memory-storage';
import { api, ApiError, findJson, getJson, whenUnauthorized } from './http';

function answer(status: number, body: string, contentType = 'application/json'): Response {
  return new Response(status === 204 ? null : body, { status, headers: { 'Content-Type': contentType } });
}

describe('api', () => {
  let fetchMock: ReturnType<typeof vi.fn>;

  beforeEach(() => {
    vi.stubGlobal('sessionStorage', new MemoryStorage());
    fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
  });

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('sends the bearer token when the session has one', async () => {
    saveSession({ username: 'sue', groups: ['service-agents'], roles: ['service-agent'], token: 'jwt-of-sue' });
    fetchMock.mockResolvedValue(answer(200, '{"ok":true}'));

    const response = await api<{ ok: boolean }>('/api/customers/D-1');

    expect(response).toEqual({ status: 200, body: { ok: true } });
    const [path, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(path).toBe('/api/customers/D-1');
    expect((init.headers as Record<string, string>).Authorization).toBe('Bearer jwt-of-sue');
  });

  it('sends no Authorization header without a session', async () => {
    fetchMock.mockResolvedValue(answer(200, '[]'));

    await api('/api/leads');

    const [, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(init.headers).not.toHaveProperty('Authorization');
  });

  it('leaves the token out of requests for what is open to everyone', async () => {
    saveSession({ username: 'sue', groups: [], roles: [], token: 'expired-jwt-of-sue' });
    fetchMock.mockResolvedValue(answer(200, '{"taskInboxEnabled":true}'));

    await getJson('/console/settings.json', { anonymous: true });

    const [, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(init.headers).not.toHaveProperty('Authorization');
  });

  it('posts JSON and reads a 204 as no body', async () => {
    fetchMock.mockResolvedValue(answer(204, ''));

    const response = await api('/v2/user-tasks/1/completion', { method: 'POST', body: { variables: { a: 1 } } });

    expect(response).toEqual({ status: 204, body: undefined });
    const [, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(init.method).toBe('POST');
    expect(init.body).toBe('{"variables":{"a":1}}');
    expect((init.headers as Record<string, string>)['Content-Type']).toBe('application/json');
  });

  it('throws the problem the server answered', async () => {
    fetchMock.mockResolvedValue(
      answer(404, '{"title":"Not found","status":404,"detail":"No customer D-404"}', 'application/problem+json'),
    );

    const failure = await api('/api/customers/D-404').catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ status: 404, message: 'No customer D-404', problem: { title: 'Not found' } });
  });

  it('tells the console when the gateway no longer accepts the token (401)', async () => {
    const unauthorized = vi.fn();
    whenUnauthorized(unauthorized);
    fetchMock.mockResolvedValueOnce(answer(403, '{"status":403}', 'application/problem+json'));
    fetchMock.mockResolvedValueOnce(answer(401, '{"title":"Unauthorized","status":401}', 'application/problem+json'));

    await expect(api('/api/leads')).rejects.toMatchObject({ status: 403 });
    expect(unauthorized).not.toHaveBeenCalled();
    await expect(api('/api/leads')).rejects.toMatchObject({ status: 401 });
    expect(unauthorized).toHaveBeenCalledOnce();
  });

  it('reports an unreachable gateway as status 0', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));

    await expect(api('/api/leads')).rejects.toMatchObject({ status: 0, message: 'The gateway could not be reached.' });
  });

  it('finds nothing on 404 but passes other failures on', async () => {
    fetchMock.mockResolvedValueOnce(answer(404, '{"status":404}'));
    await expect(findJson('/api/handoffs/D-9')).resolves.toBeUndefined();

    fetchMock.mockResolvedValueOnce(answer(503, '{"status":503,"detail":"handoff-service could not be reached."}'));
    await expect(findJson('/api/handoffs/D-9')).rejects.toMatchObject({ status: 503 });
  });
});
