import { describe, expect, it } from 'vitest';
import { directionOf, isLocale } from './config';

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
    expect(isLocale('xx')).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });
});
