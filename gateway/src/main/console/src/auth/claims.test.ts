import { describe, expect, it } from 'vitest';
import { jwt } from '../testing/tokens';
import { readIdentity, tokenClaims } from './claims';

const NAMES = { usernameClaim: 'preferred_username', rolesClaim: 'roles', groupsClaim: 'groups' };

describe('readIdentity', () => {
  it('reads the user, their roles and their groups from lists', () => {
    const claims = { sub: 'u-1', preferred_username: 'sam', roles: ['sales'], groups: ['sales', 'sales-managers'] };

    expect(readIdentity(claims, NAMES)).toEqual({
      username: 'sam',
      roles: ['sales'],
      groups: ['sales', 'sales-managers'],
    });
  });

  it('reads roles and groups given as space-separated strings', () => {
    const claims = { preferred_username: 'cleo', roles: 'cs-leader  admin', groups: ' cs-leaders ' };

    expect(readIdentity(claims, NAMES)).toEqual({
      username: 'cleo',
      roles: ['cs-leader', 'admin'],
      groups: ['cs-leaders'],
    });
  });

  it('reads no roles or groups where the claims are missing or not names', () => {
    expect(readIdentity({ preferred_username: 'amy', roles: 42 }, NAMES)).toEqual({
      username: 'amy',
      roles: [],
      groups: [],
    });
  });

  it('reads the claims the installation names', () => {
    const claims = { upn: 'sue@example.com', app_roles: ['service-agent'], teams: ['service-agents'] };

    expect(readIdentity(claims, { usernameClaim: 'upn', rolesClaim: 'app_roles', groupsClaim: 'teams' })).toEqual({
      username: 'sue@example.com',
      roles: ['service-agent'],
      groups: ['service-agents'],
    });
  });

  it('names the user by the subject when the username claim is missing, and refuses a token naming nobody', () => {
    expect(readIdentity({ sub: 'f3a9' }, NAMES).username).toBe('f3a9');
    expect(() => readIdentity({ roles: ['admin'] }, NAMES)).toThrow('The access token names no user');
  });
});

describe('tokenClaims', () => {
  it("reads a JWT's payload, UTF-8 included", () => {
    expect(tokenClaims(jwt({ preferred_username: 'zoë', roles: ['sales'] }))).toEqual({
      preferred_username: 'zoë',
      roles: ['sales'],
    });
  });

  it('refuses what is not a JWT', () => {
    expect(() => tokenClaims('opaque-token')).toThrow('not a JWT');
    expect(() => tokenClaims('a.bm90IGpzb24.c')).toThrow('not a JSON object');
  });
});
