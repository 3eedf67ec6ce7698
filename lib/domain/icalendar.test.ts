import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, formatUtc, serialiseCalendar, type CalendarEvent } from './icalendar';

const octets = (text: string) => new TextEncoder().encode(text).length;
const unfold = (text: string) => text.replace(/\r\n /g, '');

const event: CalendarEvent = {
  uid: 'event-7@cio-academy.example.org',
  start: new Date('2026-09-14T04:30:00Z'),
  end: new Date('2026-09-14T07:30:00Z'),
  summary: 'Workshop: open data, step 1; the basics',
  location: 'Kabul, Ministry of Communications',
  url: 'https://meet.example.org/room?a=1,2;b=3',
  description: 'Bring a laptop.\nAgenda:\r\n1. C:\\data\\open',
  categories: 'Workshop',
};
const now = new Date('2026-09-01T10:00:00Z');

describe('formatUtc', () => {
  it('uses the basic UTC form with Z', () => expect(formatUtc(new Date('2026-09-14T04:30:00.123Z'))).toBe('20260914T043000Z'));
});

describe('escapeText', () => {
  it.each([
    ['a,b', 'a\\,b'],
    ['a;b', 'a\\;b'],
    ['C:\\path', 'C:\\\\path'],
    ['one\ntwo', 'one\\ntwo'],
    ['one\r\ntwo\rthree', 'one\\ntwo\\nthree'],
    ['bell\u0007 tab\t', 'bell tab\t'],
    ['\\,', '\\\\\\,'],
    ['ليلى حداد', 'ليلى حداد'],
  ])('%j → %j', (value, expected) => expect(escapeText(value)).toBe(expected));
});

describe('foldLine', () => {
  it('leaves a line of 75 octets alone', () => expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75)));

  it('folds a longer line so every physical line is at most 75 octets', () => {
    const folded = foldLine('DESCRIPTION:' + 'abcdefghij'.repeat(20));
    const lines = folded.split('\r\n');
    expect(lines.length).toBe(3);
    expect(lines.every((line) => octets(line) <= 75)).toBe(true);
    expect(lines.slice(1).every((line) => line.startsWith(' '))).toBe(true);
    expect(unfold(folded)).toBe('DESCRIPTION:' + 'abcdefghij'.repeat(20));
  });

  it.each([
    ['Arabic (2-octet)', 'SUMMARY:' + 'ورشة عمل حول البيانات المفتوحة '.repeat(6)],
    ['Korean (3-octet)', 'SUMMARY:' + '전자정부 리더십 워크숍 '.repeat(10)],
    ['emoji (4-octet)', 'SUMMARY:x' + '🌏🎓'.repeat(30)],
  ])('never splits a multi-byte character: %s', (_name, line) => {
    const folded = foldLine(line);
    for (const physical of folded.split('\r\n')) {
      expect(octets(physical)).toBeLessThanOrEqual(75);
      expect(physical).not.toMatch(/\uFFFD/);
      expect(new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(physical))).toBe(physical);
    }
    expect(unfold(folded)).toBe(line);
  });
});

describe('serialiseCalendar', () => {
  const ics = serialiseCalendar({ name: 'Afghanistan CIO cohort, 2013', events: [event], now });

  it('wraps VEVENTs in a VCALENDAR with version and product id', () => {
    const lines = ics.split('\r\n');
    expect(lines.slice(0, 5)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//CIO Academy//Cohort events//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH']);
    expect(lines.at(-2)).toBe('END:VCALENDAR');
    expect(lines.at(-1)).toBe('');
  });

  it('uses CRLF for every line break and nothing else', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('keeps every physical line within 75 octets', () => {
    for (const line of ics.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
  });

  it('writes the event properties, times in UTC', () => {
    const text = unfold(ics);
    expect(text).toContain('\r\nX-WR-CALNAME:Afghanistan CIO cohort\\, 2013\r\n');
    expect(text).toContain('\r\nBEGIN:VEVENT\r\nUID:event-7@cio-academy.example.org\r\nDTSTAMP:20260901T100000Z\r\n');
    expect(text).toContain('\r\nDTSTART:20260914T043000Z\r\nDTEND:20260914T073000Z\r\n');
    expect(text).toContain('\r\nSUMMARY:Workshop: open data\\, step 1\\; the basics\r\n');
    expect(text).toContain('\r\nLOCATION:Kabul\\, Ministry of Communications\r\n');
    expect(text).toContain('\r\nURL:https://meet.example.org/room?a=1,2;b=3\r\n');
    expect(text).toContain('\r\nDESCRIPTION:Bring a laptop.\\nAgenda:\\n1. C:\\\\data\\\\open\r\n');
    expect(text).toContain('\r\nCATEGORIES:Workshop\r\nEND:VEVENT\r\n');
  });

  it('leaves out empty optional properties', () => {
    const bare = serialiseCalendar({ events: [{ uid: 'u', start: event.start, end: event.end, summary: 'S', location: '', url: '' }], now });
    expect(bare).not.toMatch(/LOCATION|URL|DESCRIPTION|X-WR-CALNAME/);
  });

  it('writes one VEVENT per event, and none for an empty calendar', () => {
    const two = serialiseCalendar({ events: [event, { ...event, uid: 'event-8@x' }], now });
    expect(two.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(serialiseCalendar({ events: [], now })).not.toContain('VEVENT');
  });
});
