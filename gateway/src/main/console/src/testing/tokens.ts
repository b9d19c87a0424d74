import { base64url } from '../auth/pkce';

/** An unsigned JWT carrying the claims, as an identity provider's token looks to the console (it reads, never verifies). */
export function jwt(claims: Record<string, unknown>): string {
  const part = (value: unknown): string => base64url(new TextEncoder().encode(JSON.stringify(value)));
  return `${part({ alg: 'RS256', typ: 'JWT' })}.${part(claims)}.c2lnbmF0dXJl`;
}
