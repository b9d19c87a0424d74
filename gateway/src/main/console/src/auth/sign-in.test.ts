import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MemoryStorage } from '../testing/memory-storage';
import { jwt } from '../testing/tokens';
import { codeChallenge } from './pkce';
import { currentSession, saveSession } from './session';
import { beginSignIn, completeSignIn, signInAnswer, signOut, SignInError, type SignInSettings } from './sign-in';

const SETTINGS: SignInSettings = {
  issuer: 'http://localhost:8089',
  clientId: 'baton-console',
  scope: 'openid profile',
  usernameClaim: 'preferred_username',
  rolesClaim: 'roles',
  groupsClaim: 'groups',
};

const PROVIDER = {
  issuer: 'http://localhost:8089',
  authorization_endpoint: 'http://localhost:8089/oauth2/authorize',
  token_endpoint: 'http://localhost:8089/oauth2/token',
  end_session_endpoint: 'http://localhost:8089/connect/logout',
};

const SAM_TOKEN = jwt({
  sub: 'sam',
  preferred_username: 'sam',
  roles: ['sales'],
  groups: 'sales sales-managers',
  exp: 4102444800,
});

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

describe('signing in with the authorization code and PKCE', () => {
  let fetchMock: ReturnType<typeof vi.fn>;

  beforeEach(() => {
    vi.stubGlobal('sessionStorage', new MemoryStorage());
    vi.stubGlobal('location', { origin: 'http://localhost:8080' });
    fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
  });

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  /** Starts a sign-in against the provider; answers the authorization URL's query. */
  async function begin(returnTo = '#/tasks'): Promise<URLSearchParams> {
    fetchMock.mockResolvedValueOnce(json(200, PROVIDER));
    const authorization = new URL(await beginSignIn(SETTINGS, returnTo));
    return authorization.searchParams;
  }

  function answer(query: Record<string, string>): URLSearchParams {
    return new URLSearchParams(query);
  }

  it("sends the user to the provider's authorization endpoint with a S256 challenge, state and nonce", async () => {
    const query = await begin();

    expect(fetchMock).toHaveBeenCalledWith('http://localhost:8089/.well-known/openid-configuration', expect.anything());
    expect(Object.fromEntries(query)).toEqual({
      response_type: 'code',
      client_id: 'baton-console',
      redirect_uri: 'http://localhost:8080/console/',
      scope: 'openid profile',
      state: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      nonce: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      code_challenge: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      code_challenge_method: 'S256',
    });
    expect(query.get('nonce')).not.toBe(query.get('state'));
  });

  it('finds the discovery document under an issuer written with a trailing slash', async () => {
    fetchMock.mockResolvedValueOnce(json(200, PROVIDER));

    await beginSignIn({ ...SETTINGS, issuer: 'https://login.example.com/realms/baton/' }, '');

    expect(fetchMock.mock.calls[0]?.[0]).toBe(
      'https://login.example.com/realms/baton/.well-known/openid-configuration',
    );
  });

  it('exchanges the code for tokens with the verifier whose S256 is the challenge sent, as a form', async () => {
    const query = await begin('#/tasks');
    fetchMock.mockResolvedValueOnce(json(200, { access_token: SAM_TOKEN, token_type: 'Bearer', expires_in: 300 }));

    const { session, returnTo } = await completeSignIn(
      SETTINGS,
      answer({ code: 'code-1', state: query.get('state')! }),
    );

    const [address, init] = fetchMock.mock.calls[1] as [string, RequestInit];
    expect(address).toBe('http://localhost:8089/oauth2/token');
    expect(init.method).toBe('POST');
    expect((init.headers as Record<string, string>)['Content-Type']).toBe('application/x-www-form-urlencoded');
    const form = new URLSearchParams(init.body as string);
    expect(Object.fromEntries(form)).toEqual({
      grant_type: 'authorization_code',
      code: 'code-1',
      redirect_uri: 'http://localhost:8080/console/',
      client_id: 'baton-console',
      code_verifier: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
    });
    await expect(codeChallenge(form.get('code_verifier')!)).resolves.toBe(query.get('code_challenge'));
    expect(returnTo).toBe('#/tasks');
    expect(session).toEqual({
      username: 'sam',
      roles: ['sales'],
      groups: ['sales', 'sales-managers'],
      token: SAM_TOKEN,
      expiresAt: 4102444800,
      endSessionEndpoint: 'http://localhost:8089/connect/logout',
    });
    expect(currentSession()).toEqual(session);
  });

  it('accepts an ID token issued for this sign-in and keeps it for the sign-out', async () => {
    const query = await begin();
    const idToken = jwt({ sub: 'sam', nonce: query.get('nonce') });
    fetchMock.mockResolvedValueOnce(json(200, { access_token: SAM_TOKEN, id_token: idToken }));

    const { session } = await completeSignIn(SETTINGS, answer({ code: 'code-1', state: query.get('state')! }));

    expect(session.idToken).toBe(idToken);
  });

  it('refuses an answer whose state is not the one sent, keeps nothing and never calls the token endpoint', async () => {
    const query = await begin();

    await expect(completeSignIn(SETTINGS, answer({ code: 'stolen', state: 'forged-state' }))).rejects.toThrow(
      'its state does not match',
    );
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(currentSession()).toBeUndefined();
    await expect(completeSignIn(SETTINGS, answer({ code: 'late', state: query.get('state')! }))).rejects.toBeInstanceOf(
      SignInError,
    );
  });

  it('refuses an answer when no sign-in was started in this tab', async () => {
    await expect(completeSignIn(SETTINGS, answer({ code: 'code-1', state: 'any' }))).rejects.toThrow(
      'its state does not match',
    );
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("shows the provider's error when it did not sign the user in", async () => {
    const query = await begin();

    await expect(
      completeSignIn(
        SETTINGS,
        answer({ error: 'access_denied', error_description: 'The user cancelled', state: query.get('state')! }),
      ),
    ).rejects.toThrow('The identity provider did not sign you in: access_denied (The user cancelled).');
    expect(currentSession()).toBeUndefined();
  });

  it('refuses an ID token issued for another sign-in (its nonce)', async () => {
    const query = await begin();
    fetchMock.mockResolvedValueOnce(
      json(200, { access_token: SAM_TOKEN, id_token: jwt({ sub: 'sam', nonce: 'other' }) }),
    );

    await expect(completeSignIn(SETTINGS, answer({ code: 'code-1', state: query.get('state')! }))).rejects.toThrow(
      'its nonce does not match',
    );
    expect(currentSession()).toBeUndefined();
  });

  it("passes on the token endpoint's refusal", async () => {
    const query = await begin();
    fetchMock.mockResolvedValueOnce(
      json(400, { error: 'invalid_grant', error_description: 'PKCE verification failed' }),
    );

    await expect(completeSignIn(SETTINGS, answer({ code: 'code-1', state: query.get('state')! }))).rejects.toThrow(
      'The identity provider refused the sign-in: invalid_grant (PKCE verification failed).',
    );
    expect(currentSession()).toBeUndefined();
  });

  it('says so when the provider cannot be reached or is not configured', async () => {
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));

    await expect(beginSignIn(SETTINGS, '')).rejects.toThrow(
      'The identity provider at http://localhost:8089 could not be reached.',
    );
    await expect(beginSignIn({ ...SETTINGS, issuer: null }, '')).rejects.toThrow('No identity provider is configured');
  });
});

describe('signInAnswer', () => {
  it("recognises the provider's answer, and only that", () => {
    expect(signInAnswer('?code=c&state=s')?.get('code')).toBe('c');
    expect(signInAnswer('?error=access_denied&state=s')?.get('error')).toBe('access_denied');
    expect(signInAnswer('')).toBeUndefined();
    expect(signInAnswer('?utm_source=mail')).toBeUndefined();
  });
});

describe('signOut', () => {
  beforeEach(() => {
    vi.stubGlobal('sessionStorage', new MemoryStorage());
    vi.stubGlobal('location', { origin: 'http://localhost:8080' });
  });

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  const SAM = { username: 'sam', groups: ['sales'], roles: ['sales'], token: 'jwt-of-sam' };

  it("forgets the session and ends the provider's, coming back to the console", () => {
    saveSession({ ...SAM, idToken: 'id-of-sam', endSessionEndpoint: 'http://localhost:8089/connect/logout' });

    const logout = new URL(signOut(SETTINGS)!);

    expect(currentSession()).toBeUndefined();
    expect(logout.origin + logout.pathname).toBe('http://localhost:8089/connect/logout');
    expect(Object.fromEntries(logout.searchParams)).toEqual({
      post_logout_redirect_uri: 'http://localhost:8080/console/',
      client_id: 'baton-console',
      id_token_hint: 'id-of-sam',
    });
  });

  it('only forgets the session where the provider does not end sessions', () => {
    saveSession(SAM);

    expect(signOut(SETTINGS)).toBeUndefined();
    expect(currentSession()).toBeUndefined();
  });
});

describe('currentSession', () => {
  beforeEach(() => {
    vi.stubGlobal('sessionStorage', new MemoryStorage());
  });

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('ends when the access token expires', () => {
    saveSession({ username: 'sam', groups: [], roles: ['sales'], token: 'jwt-of-sam', expiresAt: 1_000 });

    expect(currentSession(999_000)).toMatchObject({ username: 'sam' });
    expect(currentSession(1_000_000)).toBeUndefined();
  });
});
