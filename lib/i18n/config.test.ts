import { describe, expect, it } from 'vitest';
import { canonicalLocale, directionOf, isLocale, localeFromAcceptLanguage, resolveLocale } from './config';

describe('directionOf', () => {
  it.each([
    ['en', 'ltr'],
    ['en-GB', 'ltr'],
    ['ko', 'ltr'],
    ['ar', 'rtl'],
    ['fa-AF', 'rtl'],
    ['prs', 'rtl'],
    ['ps_AF', 'rtl'],
    ['PS', 'rtl'],
    ['', 'ltr'],
  ])('%s is %s', (locale, dir) => {
    expect(directionOf(locale)).toBe(dir);
  });
});

describe('isLocale', () => {
  it('accepts only offered locales', () => {
    expect(isLocale('en')).toBe(true);
    expect(isLocale('fa-AF')).toBe(true);
    expect(isLocale('ps')).toBe(true);
    expect(isLocale('prs')).toBe(false);
    expect(isLocale('xx')).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });
});

describe('canonicalLocale', () => {
  it.each([
    ['en', 'en'],
    ['fa-AF', 'fa-AF'],
    ['fa_af', 'fa-AF'],
    ['prs', 'fa-AF'],
    ['fa', 'fa-AF'],
    ['دری', 'fa-AF'],
    [' PS ', 'ps'],
    ['پښتو', 'ps'],
    ['ru', null],
    ['', null],
    [undefined, null],
  ])('%s → %s', (value, expected) => {
    expect(canonicalLocale(value)).toBe(expected);
  });
});

describe('localeFromAcceptLanguage', () => {
  it.each([
    ['ps-AF,ps;q=0.9,en;q=0.8', 'ps'],
    ['fr-FR,fr;q=0.9,en-GB;q=0.8', 'en'],
    ['en;q=0.5,fa-IR;q=0.9', 'fa-AF'],
    ['prs', 'fa-AF'],
    ['de,fr', null],
    ['*', null],
    ['', null],
    [null, null],
  ])('%s → %s', (header, expected) => {
    expect(localeFromAcceptLanguage(header)).toBe(expected);
  });
});

describe('resolveLocale', () => {
  it('prefers the profile, then the cookie, then the browser, then English', () => {
    expect(resolveLocale({ preferred: 'prs', cookie: 'ps', acceptLanguage: 'en' })).toBe('fa-AF');
    expect(resolveLocale({ preferred: null, cookie: 'ps', acceptLanguage: 'fa' })).toBe('ps');
    expect(resolveLocale({ cookie: 'junk', acceptLanguage: 'fa-AF' })).toBe('fa-AF');
    expect(resolveLocale({ acceptLanguage: 'de' })).toBe('en');
  });
});
