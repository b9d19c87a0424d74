import { readIdentity, tokenClaims, type ClaimNames } from './claims';
import { codeChallenge, codeVerifier, randomValue } from './pkce';
import { clearSession, saveSession, storedSession, type Identity, type Session } from './session';

/** Where and how users sign in (GET /console/settings.json: signIn). */
export interface SignInSettings extends ClaimNames {
  /** The OpenID Connect provider; absent when the installation configured none. */
  issuer?: string | null;
  /** The console's public client at the provider. */
  clientId: string;
  scope: string;
}

/** The parts of the provider's discovery document the console uses. */
export interface ProviderMetadata {
  authorization_endpoint: string;
  token_endpoint: string;
  end_session_endpoint?: string;
}

/** A sign-in that did not happen, with what the user should read. */
export class SignInError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SignInError';
  }
}

/** What the tab remembers between leaving for the provider and coming back with a code. */
interface PendingSignIn {
  state: string;
  nonce: string;
  codeVerifier: string;
  tokenEndpoint: string;
  endSessionEndpoint?: string;
  /** The console page the user wanted (the URL fragment), to continue to once signed in. */
  returnTo: string;
}

const PENDING = 'baton.console.sign-in';

/** Where the provider sends the user back: exactly the address registered for the console's client. */
export function redirectUri(): string {
  return `${location.origin}/console/`;
}

/** The provider's endpoints, from its discovery document (OpenID Connect Discovery 1.0). */
export async function discover(issuer: string): Promise<ProviderMetadata> {
  const address = `${issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`;
  let response: Response;
  try {
    response = await fetch(address, { headers: { Accept: 'application/json' } });
  } catch {
    throw new SignInError(`The identity provider at ${issuer} could not be reached.`);
  }
  const metadata = (await readJson(response)) as Partial<ProviderMetadata> | undefined;
  if (
    !response.ok ||
    typeof metadata?.authorization_endpoint !== 'string' ||
    typeof metadata.token_endpoint !== 'string'
  ) {
    throw new SignInError(
      `The identity provider at ${issuer} did not describe itself (${address} answered HTTP ${response.status}).`,
    );
  }
  return metadata as ProviderMetadata;
}

/**
 * Starts a sign-in: a fresh code verifier, state and nonce are kept in the tab, and the address of the
 * provider's authorization endpoint is returned, for the browser to go to.
 */
export async function beginSignIn(settings: SignInSettings, returnTo: string): Promise<string> {
  if (!settings.issuer) {
    throw new SignInError('No identity provider is configured for the console (baton.console.sign-in.issuer).');
  }
  const provider = await discover(settings.issuer);
  const pending: PendingSignIn = {
    state: randomValue(),
    nonce: randomValue(),
    codeVerifier: codeVerifier(),
    tokenEndpoint: provider.token_endpoint,
    endSessionEndpoint: provider.end_session_endpoint,
    returnTo,
  };
  sessionStorage.setItem(PENDING, JSON.stringify(pending));
  const authorization = new URL(provider.authorization_endpoint);
  const query = authorization.searchParams;
  query.set('response_type', 'code');
  query.set('client_id', settings.clientId);
  query.set('redirect_uri', redirectUri());
  query.set('scope', settings.scope);
  query.set('state', pending.state);
  query.set('nonce', pending.nonce);
  query.set('code_challenge', await codeChallenge(pending.codeVerifier));
  query.set('code_challenge_method', 'S256');
  return authorization.toString();
}

/** The provider's answer, when this page load is one: the query has a code, an error or a state. */
export function signInAnswer(search: string): URLSearchParams | undefined {
  const query = new URLSearchParams(search);
  return query.has('code') || query.has('error') || query.has('state') ? query : undefined;
}

/**
 * Finishes the sign-in the provider answered: the state must be the one this tab sent, then the code is
 * exchanged for tokens with the code verifier, and the session is kept. Every failure is a
 * {@link SignInError}, and then nothing is kept. Either way the pending sign-in is used up.
 */
export async function completeSignIn(
  settings: SignInSettings,
  answer: URLSearchParams,
): Promise<{ session: Session; returnTo: string }> {
  const pending = takePendingSignIn();
  const error = answer.get('error');
  if (error) {
    const description = answer.get('error_description');
    throw new SignInError(
      `The identity provider did not sign you in: ${error}${description ? ` (${description})` : ''}.`,
    );
  }
  if (!pending || answer.get('state') !== pending.state) {
    throw new SignInError(
      'The answer from the identity provider does not belong to a sign-in started here (its state does not match). ' +
        'Nothing was kept: sign in again.',
    );
  }
  const code = answer.get('code');
  if (!code) {
    throw new SignInError('The identity provider answered without an authorization code.');
  }
  const tokens = await exchangeCode(pending, settings.clientId, code);
  if (tokens.id_token !== undefined && claimsOf(tokens.id_token, 'ID token').nonce !== pending.nonce) {
    throw new SignInError('The ID token was not issued for this sign-in (its nonce does not match). Sign in again.');
  }
  const claims = claimsOf(tokens.access_token, 'access token');
  const session: Session = {
    ...identityOf(claims, settings),
    token: tokens.access_token,
    expiresAt: typeof claims.exp === 'number' ? claims.exp : undefined,
    idToken: tokens.id_token,
    endSessionEndpoint: pending.endSessionEndpoint,
  };
  saveSession(session);
  return { session, returnTo: pending.returnTo };
}

/**
 * Signs the user out of the console; when the provider ends sessions (RP-initiated logout), the address
 * of its end-session endpoint is returned, which sends the user back to the console.
 */
export function signOut(settings: SignInSettings): string | undefined {
  const session = storedSession();
  clearSession();
  if (!session?.endSessionEndpoint) {
    return undefined;
  }
  const logout = new URL(session.endSessionEndpoint);
  logout.searchParams.set('post_logout_redirect_uri', redirectUri());
  logout.searchParams.set('client_id', settings.clientId);
  if (session.idToken) {
    logout.searchParams.set('id_token_hint', session.idToken);
  }
  return logout.toString();
}

interface TokenResponse {
  access_token: string;
  id_token?: string;
}

/** The authorization code grant at the token endpoint, for a public client: the verifier instead of a secret. */
async function exchangeCode(pending: PendingSignIn, clientId: string, code: string): Promise<TokenResponse> {
  let response: Response;
  try {
    response = await fetch(pending.tokenEndpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code,
        redirect_uri: redirectUri(),
        client_id: clientId,
        code_verifier: pending.codeVerifier,
      }).toString(),
    });
  } catch {
    throw new SignInError("The identity provider's token endpoint could not be reached.");
  }
  const body = (await readJson(response)) as Record<string, unknown> | undefined;
  if (!response.ok) {
    const error = typeof body?.error === 'string' ? body.error : `HTTP ${response.status}`;
    const description = typeof body?.error_description === 'string' ? ` (${body.error_description})` : '';
    throw new SignInError(`The identity provider refused the sign-in: ${error}${description}.`);
  }
  if (typeof body?.access_token !== 'string' || !body.access_token) {
    throw new SignInError('The identity provider answered without an access token.');
  }
  return {
    access_token: body.access_token,
    id_token: typeof body.id_token === 'string' ? body.id_token : undefined,
  };
}

function takePendingSignIn(): PendingSignIn | undefined {
  const stored = sessionStorage.getItem(PENDING);
  sessionStorage.removeItem(PENDING);
  try {
    const pending = stored ? (JSON.parse(stored) as PendingSignIn) : undefined;
    return pending && typeof pending.state === 'string' && typeof pending.codeVerifier === 'string'
      ? { ...pending, returnTo: /^#[^#]*$/.test(pending.returnTo) ? pending.returnTo : '' }
      : undefined;
  } catch {
    return undefined;
  }
}

function claimsOf(token: string, what: string): Record<string, unknown> {
  try {
    return tokenClaims(token);
  } catch (failure) {
    throw new SignInError(`The identity provider's ${what} cannot be read: ${(failure as Error).message}`);
  }
}

function identityOf(claims: Record<string, unknown>, names: ClaimNames): Identity {
  try {
    return readIdentity(claims, names);
  } catch (failure) {
    throw new SignInError((failure as Error).message);
  }
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return JSON.parse(await response.text()) as unknown;
  } catch {
    return undefined;
  }
}
