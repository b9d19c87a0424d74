const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A duration as people read it at a glance: "45 s", "12 min", "3 h 5 min", "2 d 4 h". */
export function formatDuration(ms: number): string {
  const sign = ms < 0 ? '-' : '';
  const abs = Math.abs(ms);
  if (abs < MINUTE) {
    return `${sign}${Math.floor(abs / 1000)} s`;
  }
  if (abs < HOUR) {
    return `${sign}${Math.floor(abs / MINUTE)} min`;
  }
  if (abs < DAY) {
    const minutes = Math.floor((abs % HOUR) / MINUTE);
    return `${sign}${Math.floor(abs / HOUR)} h${minutes ? ` ${minutes} min` : ''}`;
  }
  const hours = Math.floor((abs % DAY) / HOUR);
  return `${sign}${Math.floor(abs / DAY)} d${hours ? ` ${hours} h` : ''}`;
}

const ISO_DURATION =
  /^([-+])?P(?:(-?\d+(?:\.\d+)?)D)?(?:T(?:(-?\d+(?:\.\d+)?)H)?(?:(-?\d+(?:\.\d+)?)M)?(?:(-?\d+(?:\.\d+)?)S)?)?$/;

/** Milliseconds of an ISO-8601 duration as Java writes it ("PT1H30M", "P2DT3H", "PT-5M"); undefined if it is none. */
export function parseIsoDuration(text: string | null | undefined): number | undefined {
  const match = text ? ISO_DURATION.exec(text.trim()) : null;
  if (!match) {
    return undefined;
  }
  const [, sign, days, hours, minutes, seconds] = match;
  if ([days, hours, minutes, seconds].every((part) => part === undefined)) {
    return undefined;
  }
  const ms =
    Number(days ?? 0) * DAY + Number(hours ?? 0) * HOUR + Number(minutes ?? 0) * MINUTE + Number(seconds ?? 0) * 1000;
  return sign === '-' ? -ms : ms;
}

/** Milliseconds between two instants, or undefined if either is unknown. */
export function between(from: string | null | undefined, to: string | null | undefined): number | undefined {
  const start = instant(from);
  const end = instant(to);
  return start === undefined || end === undefined ? undefined : end - start;
}

export function instant(text: string | null | undefined): number | undefined {
  if (!text) {
    return undefined;
  }
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : ms;
}

const DATE_TIME = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const DATE = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });
const NUMBER = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });
const DECIMAL = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });

export function formatDateTime(text: string | null | undefined): string {
  const ms = instant(text);
  return ms === undefined ? '—' : DATE_TIME.format(ms);
}

/** A calendar date ("2026-11-20") as a date, without shifting it into the browser's time zone. */
export function formatDate(text: string | null | undefined): string {
  const ms = instant(text);
  return ms === undefined ? '—' : DATE.format(ms);
}

export function formatAmount(value: number | string | null | undefined): string {
  const amount = typeof value === 'string' ? Number(value) : value;
  return amount === null || amount === undefined || Number.isNaN(amount) ? '—' : NUMBER.format(amount);
}

/** A share (0.71) as a whole percentage: "71 %". */
export function formatPercent(ratio: number | null | undefined): string {
  return ratio === null || ratio === undefined || Number.isNaN(ratio) ? '—' : `${NUMBER.format(ratio * 100)} %`;
}

/** A number with at most one decimal: "12.5". */
export function formatDecimal(value: number | null | undefined): string {
  return value === null || value === undefined || Number.isNaN(value) ? '—' : DECIMAL.format(value);
}

/** "AWAITING_BRIEF" or "on-track" → "awaiting brief", "on track" */
export function humanize(code: string | null | undefined): string {
  return code ? code.toLowerCase().replace(/[_-]+/g, ' ') : '—';
}
