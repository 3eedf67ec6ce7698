import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './safe-redirect';

describe('safeReturnPath', () => {
  it.each([
    ['/learn', '/learn'],
    ['/modules/why-e-government?x=1', '/modules/why-e-government?x=1'],
    [null, '/home'],
    ['', '/home'],
    ['https://evil.example/', '/home'],
    ['//evil.example/', '/home'],
    ['/\\evil.example', '/home'],
    ['/sign-in', '/home'],
    ['/api/auth/signout', '/home'],
    ['javascript:alert(1)', '/home'],
  ])('%s → %s', (input, expected) => {
    expect(safeReturnPath(input)).toBe(expected);
  });
});
