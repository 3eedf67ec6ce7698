import { describe, expect, it } from 'vitest';
import { formatCertificateCode, normaliseCertificateCode } from './certificate-code';

describe('certificate codes', () => {
  it('formats 12 bytes as three groups of four', () => {
    const code = formatCertificateCode(new Uint8Array([0, 1, 2, 3, 31, 32, 33, 200, 10, 11, 12, 13]));
    expect(code).toBe('CIO-0123-Z018-ABCD');
    expect(normaliseCertificateCode(code)).toBe(code);
  });

  it('refuses too little randomness', () => {
    expect(() => formatCertificateCode(new Uint8Array(4))).toThrow();
  });

  it.each([
    ['cio-0123-z018-abcd', 'CIO-0123-Z018-ABCD'],
    [' CIO-0I23-Z0L8-ABCD ', 'CIO-0123-Z018-ABCD'],
    ['CIO-0123-Z018', null],
    ['CIO-0123-Z018-ABCU', null],
    ['<script>', null],
    ['', null],
  ])('%s → %s', (input, expected) => {
    expect(normaliseCertificateCode(input)).toBe(expected);
  });
});
