import { fromBase64url } from './pkce';
import type { Identity } from './session';

/** The claims the console reads the user from (the gateway's settings: baton.console.sign-in.*-claim). */
export interface ClaimNames {
  usernameClaim: string;
  rolesClaim: string;
  groupsClaim: string;
}

/**
 * The payload of a JWT, read without checking its signature: the console only shows who the token is
 * for; the gateway and the services check every token they are sent.
 */
export function tokenClaims(token: string): Record<string, unknown> {
  const payload = token.split('.')[1];
  if (!payload) {
    throw new Error('The token is not a JWT.');
  }
  try {
    const claims: unknown = JSON.parse(new TextDecoder().decode(fromBase64url(payload)));
    if (claims && typeof claims === 'object' && !Array.isArray(claims)) {
      return claims as Record<string, unknown>;
    }
  } catch {
    // not JSON: said below
  }
  throw new Error('The token is not a JWT: its payload is not a JSON object.');
}

/**
 * Who the access token is for: the user from the username claim (or the subject), roles and groups from
 * theirs, each a list or a space-separated string (as OAuth's scope is); a missing claim is no names.
 */
export function readIdentity(claims: Record<string, unknown>, names: ClaimNames): Identity {
  const username = text(claims[names.usernameClaim]) ?? text(claims.sub);
  if (!username) {
    throw new Error(`The access token names no user: it has no ${names.usernameClaim} claim and no subject.`);
  }
  return { username, roles: nameList(claims[names.rolesClaim]), groups: nameList(claims[names.groupsClaim]) };
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** ["sales", "cs-leaders"] or "sales cs-leaders" → ["sales", "cs-leaders"]; anything else → []. */
function nameList(value: unknown): string[] {
  const names = Array.isArray(value) ? value.filter((name) => typeof name === 'string') : text(value)?.split(/\s+/);
  return [...new Set((names ?? []).map((name: string) => name.trim()).filter(Boolean))];
}
