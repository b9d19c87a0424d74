import { describe, expect, it } from 'vitest';
import { between, formatDecimal, formatDuration, formatPercent, humanize, parseIsoDuration } from './format';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('formatDuration', () => {
  it.each([
    [0, '0 s'],
    [45_500, '45 s'],
    [12 * MINUTE + 30_000, '12 min'],
    [3 * HOUR, '3 h'],
    [3 * HOUR + 5 * MINUTE, '3 h 5 min'],
    [2 * DAY, '2 d'],
    [2 * DAY + 4 * HOUR + 59 * MINUTE, '2 d 4 h'],
    [-90 * MINUTE, '-1 h 30 min'],
  ])('writes %d ms as %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});

describe('parseIsoDuration', () => {
  it.each([
    ['PT1H30M', 90 * MINUTE],
    ['PT48H', 2 * DAY],
    ['P2DT3H', 2 * DAY + 3 * HOUR],
    ['PT0.5S', 500],
    ['PT0S', 0],
    ['PT-5M', -5 * MINUTE],
    ['PT-1H-30M', -90 * MINUTE],
  ])('reads Java durations: %s', (text, ms) => {
    expect(parseIsoDuration(text)).toBe(ms);
  });

  it.each([undefined, null, '', 'PT', 'P', '1 hour', 'PT1X'])('is undefined for %s', (text) => {
    expect(parseIsoDuration(text)).toBeUndefined();
  });
});

describe('between', () => {
  it('measures between two instants and is undefined when one is unknown', () => {
    expect(between('2026-11-20T10:00:00Z', '2026-11-20T12:30:00Z')).toBe(150 * MINUTE);
    expect(between('2026-11-20T10:00:00Z', undefined)).toBeUndefined();
    expect(between('not a date', '2026-11-20T10:00:00Z')).toBeUndefined();
  });
});

describe('humanize', () => {
  it('turns codes of any case into words', () => {
    expect(humanize('AWAITING_BRIEF')).toBe('awaiting brief');
    expect(humanize('on-track')).toBe('on track');
    expect(humanize(undefined)).toBe('—');
  });
});

describe('formatPercent and formatDecimal', () => {
  it('write a share as a whole percentage and a number with at most one decimal', () => {
    expect(formatPercent(0.3333)).toBe('33 %');
    expect(formatPercent(1.07)).toBe('107 %');
    expect(formatPercent(null)).toBe('—');
    expect(formatDecimal(12.46)).toBe('12.5');
    expect(formatDecimal(3)).toBe('3');
    expect(formatDecimal(undefined)).toBe('—');
  });
});
