/**
 * An RFC 5545 iCalendar serialiser for cohort events: one VEVENT per event,
 * times in UTC ("Z" form), text escaped, lines folded at 75 octets without
 * splitting a UTF-8 character, and CRLF line endings throughout.
 */

export interface CalendarEvent {
  /** Globally unique and stable across downloads, e.g. "event-12@cio-academy.example.org". */
  uid: string;
  start: Date;
  end: Date;
  summary: string;
  location?: string;
  url?: string;
  description?: string;
  categories?: string;
}

export interface Calendar {
  /** Shown by some calendar apps as the calendar's name (X-WR-CALNAME). */
  name?: string;
  events: readonly CalendarEvent[];
  /** The moment the file is produced: every DTSTAMP. */
  now: Date;
}

const PRODID = '-//CIO Academy//Cohort events//EN';
const MAX_OCTETS = 75;
const encoder = new TextEncoder();

/** 2026-09-14T04:30:00.000Z → 20260914T043000Z */
export function formatUtc(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

/**
 * A TEXT value: backslash, semicolon and comma escaped, any line break as \n,
 * other control characters (not allowed in TEXT) dropped.
 */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000A-\u001F\u007F]/g, '');
}

/**
 * Folds a content line so no physical line exceeds 75 octets: continuation
 * lines start with one space. Splits only between code points, so multi-byte
 * UTF-8 characters (Arabic, Korean, emoji) stay whole.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function property(name: string, value: string): string {
  return foldLine(`${name}:${value}`);
}

function eventLines(event: CalendarEvent, now: Date): string[] {
  const lines = [
    'BEGIN:VEVENT',
    property('UID', escapeText(event.uid)),
    property('DTSTAMP', formatUtc(now)),
    property('DTSTART', formatUtc(event.start)),
    property('DTEND', formatUtc(event.end)),
    property('SUMMARY', escapeText(event.summary)),
  ];
  if (event.location) lines.push(property('LOCATION', escapeText(event.location)));
  // URL is a URI value, not TEXT: commas and semicolons in it must stay as they are.
  if (event.url) lines.push(property('URL', event.url.replace(/[\s\u0000-\u001F\u007F]/g, '')));
  if (event.description) lines.push(property('DESCRIPTION', escapeText(event.description)));
  if (event.categories) lines.push(property('CATEGORIES', escapeText(event.categories)));
  lines.push('END:VEVENT');
  return lines;
}

/** The whole VCALENDAR, CRLF-terminated. */
export function serialiseCalendar(calendar: Calendar): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${PRODID}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  if (calendar.name) lines.push(property('X-WR-CALNAME', escapeText(calendar.name)));
  for (const event of calendar.events) lines.push(...eventLines(event, calendar.now));
  lines.push('END:VCALENDAR');
  return lines.join('\r\n') + '\r\n';
}
