import { describe, expect, it } from 'vitest';
import { href, parseRoute } from './router';

describe('routes', () => {
  it('reads each view from the URL fragment', () => {
    expect(parseRoute('')).toEqual({ view: 'leaks' });
    expect(parseRoute('#/unknown')).toEqual({ view: 'leaks' });
    expect(parseRoute('#/journey')).toEqual({ view: 'journey', id: undefined });
    expect(parseRoute('#/journey/D-1001')).toEqual({ view: 'journey', id: 'D-1001' });
    expect(parseRoute('#/save-play/D%2F7')).toEqual({ view: 'save-play', customerId: 'D/7' });
    expect(parseRoute('#/tasks')).toEqual({ view: 'tasks' });
  });

  it('writes links that read back as the same route', () => {
    const journey = { view: 'journey', id: 'Acme #1' } as const;
    expect(href(journey)).toBe('#/journey/Acme%20%231');
    expect(parseRoute(href(journey))).toEqual(journey);
    expect(href({ view: 'tasks' })).toBe('#/tasks');
  });
});
