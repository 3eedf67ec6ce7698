import { describe, expect, it } from 'vitest';
import { decodedParam, isWellEncodedPath } from './percent-encoding';

describe('isWellEncodedPath', () => {
  it.each([
    ['/verify/CIO-AAAA-BBBB-CCCC', true],
    ['/modules/%C3%A9', true],
    ['/verify/%', false],
    ['/set-password/%zz', false],
    ['/api/certificates/%E0%A4%A', false],
    ['/x/%C3', false],
  ])('%s → %s', (path, expected) => {
    expect(isWellEncodedPath(path)).toBe(expected);
  });
});

describe('decodedParam', () => {
  it('decodes a well-formed value and gives null for a broken one', () => {
    expect(decodedParam('CIO-%41AAA')).toBe('CIO-AAAA');
    expect(decodedParam('%')).toBeNull();
  });
});
