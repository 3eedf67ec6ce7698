import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { PASHTO_DIGITS_SCRIPT } from './browser-digits';

/** Runs the script against an `Intl` whose formats resolve only the locales given, like a browser's reduced ICU data. */
function browserWith(supported: string[]) {
  const restrict = <T extends typeof Intl.NumberFormat | typeof Intl.DateTimeFormat>(Format: T): T => {
    const Restricted = function (locales?: string | string[], options?: object) {
      const wanted = ([] as string[]).concat(locales ?? []);
      const known = wanted.filter((l) => supported.some((s) => l.toLowerCase().startsWith(s)));
      return new (Format as typeof Intl.NumberFormat)(known.length ? known : 'en', options);
    } as unknown as T;
    Object.defineProperty(Restricted, 'prototype', { value: Format.prototype });
    (Restricted as { supportedLocalesOf: (l: string[]) => string[] }).supportedLocalesOf = (l: string[]) => l.filter((x) => supported.includes(x));
    return Restricted;
  };
  const intl = { ...Intl, NumberFormat: restrict(Intl.NumberFormat), DateTimeFormat: restrict(Intl.DateTimeFormat) };
  runInNewContext(PASHTO_DIGITS_SCRIPT, { Intl: intl, Object, Array });
  return intl;
}

describe('Pashto digits in browsers without Pashto data', () => {
  it('gives Eastern Arabic digits to numbers and dates asked for in Pashto', () => {
    const intl = browserWith(['en']);
    expect(new intl.NumberFormat('ps').format(1205)).toBe('۱٬۲۰۵');
    expect(new intl.NumberFormat(['ps-AF']).format(7)).toBe('۷');
    expect(new intl.DateTimeFormat('ps', { timeZone: 'UTC', year: 'numeric' }).format(new Date('2026-12-01T00:00:00Z'))).toMatch(/^[۰-۹]+$/);
    expect(new intl.NumberFormat('ps')).toBeInstanceOf(intl.NumberFormat);
  });

  it('leaves other languages and a caller’s own numbering system alone', () => {
    const intl = browserWith(['en']);
    expect(new intl.NumberFormat('en').format(1205)).toBe('1,205');
    expect(new intl.NumberFormat('ps', { numberingSystem: 'latn' }).format(12)).toBe('12');
  });

  it('does nothing where the browser has Pashto data', () => {
    const intl = browserWith(['en', 'ps']);
    const before = intl.NumberFormat;
    runInNewContext(PASHTO_DIGITS_SCRIPT, { Intl: intl, Object, Array });
    expect(intl.NumberFormat).toBe(before);
  });
});
