import { afterEach, describe, expect, it, vi } from 'vitest';
import { base64url, codeChallenge, codeVerifier, fromBase64url, randomValue } from './pkce';

describe('PKCE', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('derives the S256 challenge of RFC 7636, appendix B', async () => {
    await expect(codeChallenge('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).resolves.toBe(
      'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    );
  });

  it('makes a verifier of 32 random bytes: 43 unreserved characters, new each time', () => {
    const getRandomValues = vi.spyOn(crypto, 'getRandomValues');

    const first = codeVerifier();
    const second = codeVerifier();

    expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(second).not.toBe(first);
    expect(getRandomValues).toHaveBeenCalledTimes(2);
    expect((getRandomValues.mock.calls[0]?.[0] as Uint8Array).length).toBe(32);
  });

  it('makes state and nonce values as long as the verifier', () => {
    expect(randomValue()).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('writes base64url without padding and reads it back', () => {
    const bytes = Uint8Array.of(0xfb, 0xff, 0xbf, 0x01);

    expect(base64url(bytes)).toBe('-_-_AQ');
    expect(fromBase64url('-_-_AQ')).toEqual(bytes);
  });
});
