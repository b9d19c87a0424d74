import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MemoryStorage } from '../testing/memory-storage';
import { currentSession, currentToken, parseNames, signOut } from './session';
import { signIn } from './sign-in';

describe('signIn', () => {
  let fetchMock: ReturnType<typeof vi.fn>;

  beforeEach(() => {
    vi.stubGlobal('sessionStorage', new MemoryStorage());
    fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
  });

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  const SAM = { username: 'sam', groups: ['sales'], roles: ['sales'] };

  it('keeps the development token the gateway issues', async () => {
    fetchMock.mockResolvedValue(new Response('{"access_token":"jwt-of-sam","token_type":"Bearer"}', { status: 200 }));

    await signIn({ ...SAM, username: ' sam ' });

    const [path, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(path).toBe('/auth/dev-token');
    expect(JSON.parse(init.body as string)).toEqual({ username: 'sam', groups: ['sales'], roles: ['sales'] });
    expect(currentSession()).toEqual({ ...SAM, token: 'jwt-of-sam' });
    expect(currentToken()).toBe('jwt-of-sam');
  });

  it('remembers only who the user is when no token endpoint answers', async () => {
    fetchMock.mockResolvedValue(new Response('{"status":404}', { status: 404 }));

    await signIn({ username: 'amy', groups: ['account-managers'], roles: ['account-manager'] });

    expect(currentSession()).toEqual({ username: 'amy', groups: ['account-managers'], roles: ['account-manager'] });
    expect(currentToken()).toBeUndefined();
  });

  it('signs nobody in when the issuer refuses the input', async () => {
    fetchMock.mockResolvedValue(
      new Response('{"title":"Invalid input","status":400,"errors":[{"field":"roles","message":"must name a role"}]}', {
        status: 400,
      }),
    );

    await expect(signIn({ username: 'sam', groups: ['sales-managers'], roles: [] })).rejects.toMatchObject({
      status: 400,
      message: 'roles must name a role',
    });
    expect(currentSession()).toBeUndefined();
  });

  it('forgets the user on sign-out', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
    await signIn({ username: 'cleo', groups: ['cs-leaders'], roles: ['cs-leader'] });

    signOut();

    expect(currentSession()).toBeUndefined();
  });
});

describe('parseNames', () => {
  it('splits on commas and spaces and drops repeats', () => {
    expect(parseNames(' sales, cs-leaders  sales,,')).toEqual(['sales', 'cs-leaders']);
    expect(parseNames('')).toEqual([]);
  });
});
