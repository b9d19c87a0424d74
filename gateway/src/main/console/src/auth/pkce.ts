/**
 * Proof Key for Code Exchange (RFC 7636): the console proves at the token endpoint that it started the
 * sign-in the authorization code belongs to, without a client secret.
 */

/** Bytes as base64url without padding (RFC 4648 §5), as PKCE, state and JWTs use it. */
export function base64url(bytes: Uint8Array): string {
  let binary = '';
  bytes.forEach((byte) => (binary += String.fromCharCode(byte)));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** base64url text back to its bytes, padded or not. */
export function fromBase64url(text: string): Uint8Array {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64.padEnd(base64.length + ((4 - (base64.length % 4)) % 4), '='));
  return Uint8Array.from(binary, (character) => character.charCodeAt(0));
}

/** A value nobody can guess: 32 random bytes (256 bits) from the browser's cryptographic generator. */
export function randomValue(): string {
  return base64url(crypto.getRandomValues(new Uint8Array(32)));
}

/** The code verifier: 43 characters of the unreserved alphabet, kept in the tab until the code comes back. */
export function codeVerifier(): string {
  return randomValue();
}

/** The S256 code challenge sent to the authorization endpoint: base64url(SHA-256(verifier)). */
export async function codeChallenge(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64url(new Uint8Array(digest));
}
