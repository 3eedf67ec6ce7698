/**
 * Wall-clock times in a cohort's IANA time zone. Events are entered as the
 * local date and time where the cohort meets and stored as UTC instants.
 */

/** Time zones offered for a cohort: where CIO Academy trainees and partners are. */
export const cohortTimeZones = [
  'UTC',
  'Asia/Kabul',
  'Asia/Seoul',
  'Asia/Almaty',
  'Asia/Tashkent',
  'Asia/Bishkek',
  'Asia/Dushanbe',
  'Asia/Ashgabat',
  'Asia/Baku',
  'Asia/Tbilisi',
  'Asia/Yerevan',
  'Asia/Ulaanbaatar',
  'Asia/Thimphu',
  'Asia/Kathmandu',
  'Asia/Dhaka',
  'Asia/Kolkata',
  'Asia/Colombo',
  'Asia/Karachi',
  'Asia/Tehran',
  'Asia/Dubai',
  'Asia/Riyadh',
  'Asia/Baghdad',
  'Asia/Amman',
  'Asia/Beirut',
  'Asia/Yangon',
  'Asia/Bangkok',
  'Asia/Ho_Chi_Minh',
  'Asia/Jakarta',
  'Asia/Kuala_Lumpur',
  'Asia/Manila',
  'Asia/Dili',
  'Asia/Tokyo',
  'Africa/Cairo',
  'Africa/Nairobi',
  'Europe/London',
  'Europe/Zurich',
  'America/New_York',
  'Australia/Sydney',
  'Pacific/Port_Moresby',
  'Pacific/Guadalcanal',
  'Pacific/Efate',
  'Pacific/Noumea',
  'Pacific/Fiji',
  'Pacific/Tarawa',
  'Pacific/Majuro',
  'Pacific/Nauru',
  'Pacific/Funafuti',
  'Pacific/Auckland',
  'Pacific/Apia',
  'Pacific/Tongatapu',
  'Pacific/Palau',
  'Pacific/Rarotonga',
  'Pacific/Niue',
] as const;
export type CohortTimeZone = (typeof cohortTimeZones)[number];

export function isCohortTimeZone(value: string): value is CohortTimeZone {
  return (cohortTimeZones as readonly string[]).includes(value);
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function wallClockMs(instantMs: number, timeZone: string): number {
  const parts = Object.fromEntries(formatterFor(timeZone).formatToParts(new Date(instantMs)).map((p) => [p.type, p.value]));
  return Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
}

/** Minutes the zone is ahead of UTC at an instant (Kabul: 270). */
export function utcOffsetMinutes(timeZone: string, at: Date): number {
  const ms = Math.floor(at.getTime() / 1000) * 1000;
  return Math.round((wallClockMs(ms, timeZone) - ms) / 60_000);
}

/** "UTC+04:30", "UTC−03:00", "UTC" at an instant. */
export function utcOffsetLabel(timeZone: string, at: Date): string {
  const minutes = utcOffsetMinutes(timeZone, at);
  if (minutes === 0) return 'UTC';
  const abs = Math.abs(minutes);
  return `UTC${minutes > 0 ? '+' : '−'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

export type LocalTimeResult = { ok: true; date: Date } | { ok: false; problem: 'malformed' | 'nonexistent' };

/**
 * The UTC instant of a local date-time ("2026-09-14T09:00") in a zone. A time
 * skipped by a daylight-saving change does not exist and is refused; a time
 * that occurs twice resolves to the first occurrence.
 */
export function zonedLocalToUtc(local: string, timeZone: string): LocalTimeResult {
  const match = LOCAL.exec(local);
  if (!match) return { ok: false, problem: 'malformed' };
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  const check = new Date(wall);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59) {
    return { ok: false, problem: 'malformed' };
  }
  // Try the offsets in force just before and just after; keep the earliest that maps back to the wall time.
  const offsets = [wallClockMs(wall - 86_400_000, timeZone) - (wall - 86_400_000), wallClockMs(wall + 86_400_000, timeZone) - (wall + 86_400_000)];
  const candidates = [...new Set(offsets)].map((offset) => wall - offset).filter((instant) => wallClockMs(instant, timeZone) === wall);
  if (candidates.length === 0) return { ok: false, problem: 'nonexistent' };
  return { ok: true, date: new Date(Math.min(...candidates)) };
}
