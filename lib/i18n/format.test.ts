import { describe, expect, it } from 'vitest';
import { formatCommitment, formatCommitmentRange, formatDate, formatDay, formatNumber, formatPercent, usesLocalCalendar } from './format';

// 21 March 2026 09:30 UTC is 14:00 in Kabul and Nowruz, 1 Hamal (Wray) 1405 in the Solar Hijri calendar.
const nowruz = new Date('2026-03-21T09:30:00Z');
const kabul = 'Asia/Kabul';
/** ICU uses narrow and thin spaces around times and ranges; compare them as plain spaces. */
const plain = (text: string) => text.replace(/[\u202f\u2009]/g, ' ');

describe('usesLocalCalendar', () => {
  it.each([
    ['en', false],
    ['fa-AF', true],
    ['ps', true],
  ])('%s → %s', (locale, expected) => {
    expect(usesLocalCalendar(locale)).toBe(expected);
  });
});

describe('numbers and percentages', () => {
  it.each([
    ['en', '1,234', '42.5%'],
    ['fa-AF', '۱٬۲۳۴', '۴۲٫۵٪'],
    ['ps', '۱٬۲۳۴', '۴۲٫۵٪'],
  ])('%s writes %s and %s', (locale, number, percent) => {
    expect(formatNumber(locale, 1234)).toBe(number);
    expect(formatPercent(locale, 0.425)).toBe(percent);
  });
});

describe('formatDate (records: the locale calendar only)', () => {
  it.each([
    ['en', 'March 21, 2026'],
    ['fa-AF', '۱ حمل ۱۴۰۵'],
    ['ps', '۱۴۰۵ وری ۱'],
  ])('%s → %s', (locale, expected) => {
    expect(formatDate(locale, nowruz, { dateStyle: 'long', timeZone: kabul })).toBe(expected);
  });
});

describe('formatCommitment (Solar Hijri with the Gregorian date alongside)', () => {
  it.each([
    ['en', 'Mar 21, 2026, 2:00 PM'],
    ['fa-AF', '۱ حمل ۱۴۰۵، ۱۴:۰۰ (۲۱ مارچ ۲۰۲۶)'],
    ['ps', '۱۴۰۵ وری ۱ ۱۴:۰۰ (۲۰۲۶ مارچ ۲۱)'],
  ])('%s → %s', (locale, expected) => {
    expect(plain(formatCommitment(locale, nowruz, { timeZone: kabul, withTime: true }))).toBe(expected);
  });

  it('reads the day in the given time zone', () => {
    const lateUtc = new Date('2026-03-20T21:00:00Z');
    expect(formatCommitment('fa-AF', lateUtc, { timeZone: kabul })).toBe('۱ حمل ۱۴۰۵ (۲۱ مارچ ۲۰۲۶)');
    expect(formatCommitment('fa-AF', lateUtc, { timeZone: 'UTC' })).toBe('۲۹ حوت ۱۴۰۴ (۲۰ مارچ ۲۰۲۶)');
  });

  it('never prints the Latin era ICU gives Pashto', () => {
    expect(formatCommitment('ps', nowruz, { dateStyle: 'long' })).not.toMatch(/AP/);
  });
});

describe('formatDay (a stored calendar day)', () => {
  it.each([
    ['en', 'Sep 1, 2026'],
    ['fa-AF', '۱۰ سنبلهٔ ۱۴۰۵ (۱ سپتمبر ۲۰۲۶)'],
    ['ps', '۱۴۰۵ وږی ۱۰ (۲۰۲۶ سېپتمبر ۱)'],
  ])('%s → %s', (locale, expected) => {
    expect(formatDay(locale, '2026-09-01')).toBe(expected);
  });

  it('leaves a malformed day as it is', () => {
    expect(formatDay('fa-AF', 'not-a-day')).toBe('not-a-day');
  });
});

describe('formatCommitmentRange', () => {
  it('keeps the cohort time zone and adds the Gregorian day', () => {
    const end = new Date(nowruz.getTime() + 60 * 60 * 1000);
    expect(plain(formatCommitmentRange('en', nowruz, end, kabul))).toBe('Mar 21, 2026, 2:00 – 3:00 PM');
    expect(formatCommitmentRange('fa-AF', nowruz, end, kabul)).toBe('۱ حمل ۱۴۰۵،\u200f ۱۴:۰۰ تا ۱۵:۰۰ (۲۱ مارچ ۲۰۲۶)');
    expect(formatCommitmentRange('ps', nowruz, end, kabul)).toBe('۱۴۰۵ وری ۱ ۱۴:۰۰–۱۵:۰۰ (۲۰۲۶ مارچ ۲۱)');
  });
});

describe('formatter reuse', () => {
  it('builds each Intl formatter once per locale and options, however often it formats', () => {
    const intl = Intl as { DateTimeFormat: typeof Intl.DateTimeFormat };
    const Real = intl.DateTimeFormat;
    let built = 0;
    intl.DateTimeFormat = new Proxy(Real, {
      construct(target, args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
        built += 1;
        return new target(...args);
      },
    });
    try {
      const date = new Date('2026-03-21T08:00:00Z');
      const first = formatDate('fa-AF', date, { timeZone: 'Pacific/Tongatapu', withTime: true });
      expect(formatDate('fa-AF', date, { timeZone: 'Pacific/Tongatapu', withTime: true })).toBe(first);
      expect(built).toBe(1);
      formatDate('fa-AF', date, { timeZone: 'Asia/Thimphu', withTime: true });
      expect(built).toBe(2);
    } finally {
      intl.DateTimeFormat = Real;
    }
  });
});
