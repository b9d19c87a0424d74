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
    expect(parseRoute('#/notifications')).toEqual({ view: 'notifications' });
    expect(parseRoute('#/revenue')).toEqual({ view: 'revenue' });
  });

  it('reads what the revenue page shows from the query of the fragment', () => {
    expect(parseRoute('#/revenue?dimension=campaign&from=2026-01-01&to=2026-12-31&drill=spring+webinar')).toEqual({
      view: 'revenue',
      dimension: 'campaign',
      from: '2026-01-01',
      to: '2026-12-31',
      drill: 'spring webinar',
    });
    expect(parseRoute('#/revenue?dimension=segment&drill=')).toMatchObject({ dimension: 'segment', drill: null });
    expect(parseRoute('#/revenue?dimension=segment')).toMatchObject({ drill: undefined, lost: undefined });
  });

  it('reads and writes the row of the customers lost drilled into, apart from the row of the figures', () => {
    expect(parseRoute('#/revenue?dimension=campaign&lost=spring+webinar')).toMatchObject({
      drill: undefined,
      lost: 'spring webinar',
    });
    expect(parseRoute('#/revenue?dimension=campaign&drill=a&lost=')).toMatchObject({ drill: 'a', lost: null });
    const revenue = { view: 'revenue', dimension: 'campaign', drill: 'a', lost: null } as const;
    expect(href(revenue)).toBe('#/revenue?dimension=campaign&drill=a&lost=');
    expect(parseRoute(href(revenue))).toEqual(revenue);
  });

  it('writes links that read back as the same route', () => {
    const journey = { view: 'journey', id: 'Acme #1' } as const;
    expect(href(journey)).toBe('#/journey/Acme%20%231');
    expect(parseRoute(href(journey))).toEqual(journey);
    expect(href({ view: 'tasks' })).toBe('#/tasks');
    expect(href({ view: 'notifications' })).toBe('#/notifications');
  });

  it('writes the revenue page with its query, the unknown row as an empty drill', () => {
    const revenue = {
      view: 'revenue',
      dimension: 'campaign',
      from: '2026-01-01',
      to: '2026-12-31',
      drill: 'a&b',
    } as const;
    expect(href(revenue)).toBe('#/revenue?dimension=campaign&from=2026-01-01&to=2026-12-31&drill=a%26b');
    expect(parseRoute(href(revenue))).toEqual(revenue);
    expect(href({ view: 'revenue', dimension: 'segment', drill: null })).toBe('#/revenue?dimension=segment&drill=');
    expect(href({ view: 'revenue' })).toBe('#/revenue');
  });
});
