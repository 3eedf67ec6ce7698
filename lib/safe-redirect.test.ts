import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './safe-redirect';

describe('safeReturnPath', () => {
  it.each([
    ['/learn', '/learn'],
    ['/modules/why-e-government?x=1', '/modules/why-e-government?x=1'],
    ['/modules/a#part-2', '/modules/a#part-2'],
    ['/sign-in-help', '/sign-in-help'],
    [null, '/home'],
    [undefined, '/home'],
    [['/learn', '/admin'], '/home'],
    ['', '/home'],
    ['https://evil.example/', '/home'],
    ['//evil.example/', '/home'],
    ['/\\evil.example', '/home'],
    ['/sign-in', '/home'],
    ['/sign-in?callbackUrl=/learn', '/home'],
    ['/api/auth/signout', '/home'],
    ['/./api/auth/signout', '/home'],
    ['/%2e/api/auth/signout', '/home'],
    ['javascript:alert(1)', '/home'],
  ])('%j → %s', (input, expected) => {
    expect(safeReturnPath(input)).toBe(expected);
  });

  // What `/sign-in?callbackUrl=/%09/example.org` and friends decode to: the
  // browser drops the tab or line break and reads `//example.org/`.
  it.each(['/\t/example.org', '/\n/example.org', '/\r/example.org', '/\r\n/example.org', '/ /example.org', '/\u0000/x', '/\u007f/x', '/learn\n'])(
    'refuses control characters and spaces in %j',
    (input) => {
      expect(safeReturnPath(input)).toBe('/home');
    },
  );

  it('normalises the path the way the browser will, and keeps it on our origin', () => {
    expect(safeReturnPath('/learn/../modules/a')).toBe('/modules/a');
    expect(safeReturnPath('/modules/é')).toBe('/modules/%C3%A9');
  });

  it('uses the fallback it is given', () => {
    expect(safeReturnPath('//evil.example', '/')).toBe('/');
  });
});
