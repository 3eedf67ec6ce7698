/**
 * How numbers, percentages and dates are shown in each locale, in one place.
 *
 * Dari and Pashto use Eastern Arabic-Indic digits (۰–۹), which is what `Intl`
 * gives for `fa-AF` and `ps`. Their customary calendar is the Solar Hijri one
 * (also `Intl`'s default for both); a date that is a commitment (an event, a
 * deadline, a cohort's dates, a certificate) shows the Gregorian date
 * alongside, because partners abroad and printed programmes use it.
 * Times are always shown in the zone given (a cohort's), never the server's.
 */

type DateStyle = 'medium' | 'long';

export interface DateOptions {
  /** IANA time zone the date is read in; UTC when not given. */
  timeZone?: string;
  dateStyle?: DateStyle;
  /** Adds the time of day (short). */
  withTime?: boolean;
}

// Building an Intl formatter costs far more than using one (a dashboard of 50 rows built hundreds per
// request, 6% of its server time), and formatters are immutable: each is built once per locale and options.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

/** The formatter kept in `cache` for this locale and these options, built with `build` the first time. */
function cached<F, O>(cache: Map<string, F>, build: new (locale: string, options: O) => F, locale: string, options: O): F {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) cache.set(key, (format = new build(locale, options)));
  return format;
}

const cachedDateFormat = (locale: string, options: Intl.DateTimeFormatOptions = {}) => cached(dateFormats, Intl.DateTimeFormat, locale, options);
const cachedNumberFormat = (locale: string, options: Intl.NumberFormatOptions = {}) => cached(numberFormats, Intl.NumberFormat, locale, options);

/** True when the locale's own calendar is not the Gregorian one. */
export function usesLocalCalendar(locale: string): boolean {
  return cachedDateFormat(locale).resolvedOptions().calendar !== 'gregory';
}

function gregorian(locale: string): string {
  return `${locale}-u-ca-gregory`;
}

function dateTimeFormat(locale: string, { timeZone = 'UTC', dateStyle = 'medium', withTime = false }: DateOptions) {
  return cachedDateFormat(locale, { dateStyle, timeStyle: withTime ? 'short' : undefined, timeZone });
}

/**
 * Joins formatted parts without the era: ICU prints the Solar Hijri era in
 * Pashto as a Latin "AP", which Afghan dates never carry.
 */
function withoutEra(parts: { type: string; value: string }[]): string {
  return parts
    .filter((part) => part.type !== 'era')
    .map((part) => part.value)
    .join('')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/** A number with the locale's digits and separators. */
export function formatNumber(locale: string, value: number, options: Intl.NumberFormatOptions = {}): string {
  return cachedNumberFormat(locale, options).format(value);
}

/** A time offset in seconds as minutes and seconds ("1:05", "۱:۰۵"), for transcripts and timers. */
export function formatClock(locale: string, totalSeconds: number): string {
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = Math.floor(totalSeconds % 60);
  return `${formatNumber(locale, minutes, { useGrouping: false })}:${formatNumber(locale, seconds, { minimumIntegerDigits: 2 })}`;
}

/** A fraction (0.5) as a percentage ("50%", "۵۰٪"), one decimal at most by default. */
export function formatPercent(locale: string, fraction: number, maximumFractionDigits = 1): string {
  return cachedNumberFormat(locale, { style: 'percent', maximumFractionDigits }).format(fraction);
}

/** A date (and time) in the locale's own calendar: for records such as "last active" or "published". */
export function formatDate(locale: string, date: Date, options: DateOptions = {}): string {
  return withoutEra(dateTimeFormat(locale, options).formatToParts(date));
}

/**
 * A date that is a commitment: in the locale's calendar and, when that is not
 * Gregorian, the Gregorian date alongside ("۱ حمل ۱۴۰۵ (۲۱ مارچ ۲۰۲۶)").
 * The time of day, when asked for, is shown once, with the local date.
 */
export function formatCommitment(locale: string, date: Date, options: DateOptions = {}): string {
  const format = dateTimeFormat(locale, options);
  if (!usesLocalCalendar(locale)) return format.format(date);
  const local = withoutEra(format.formatToParts(date));
  const { timeZone = 'UTC', dateStyle = 'medium' } = options;
  const western = cachedDateFormat(gregorian(locale), { dateStyle, timeZone }).format(date);
  return `${local} (${western})`;
}

/** A calendar day stored as `YYYY-MM-DD` (a cohort's start), as a commitment date. */
export function formatDay(locale: string, isoDay: string, dateStyle: DateStyle = 'medium'): string {
  // Noon UTC keeps the day the same whatever zone reads it back.
  const date = new Date(`${isoDay}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDay;
  return formatCommitment(locale, date, { dateStyle, timeZone: 'UTC' });
}

/**
 * An event's start and end in the given zone, with the Gregorian day(s)
 * alongside where the locale's calendar differs.
 */
export function formatCommitmentRange(locale: string, start: Date, end: Date, timeZone: string): string {
  const format = cachedDateFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone });
  if (!usesLocalCalendar(locale)) return format.formatRange(start, end);
  const range = withoutEra(format.formatRangeToParts(start, end));
  const western = cachedDateFormat(gregorian(locale), { dateStyle: 'medium', timeZone }).formatRange(start, end);
  return `${range} (${western})`;
}
