/** Crockford base32: no I, L, O or U, so codes read aloud or typed by hand are unambiguous. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A verification code such as `CIO-7K3M-Q9TX-2HWD` from 12 random bytes' worth of entropy (60 bits used). */
export function formatCertificateCode(random: Uint8Array): string {
  if (random.length < 12) throw new Error('formatCertificateCode needs at least 12 random bytes');
  const chars = Array.from(random.slice(0, 12), (byte) => ALPHABET[byte % 32]).join('');
  return `CIO-${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
}

/** Normalises a typed code (case, spaces, look-alike letters); null when it cannot be a code. */
export function normaliseCertificateCode(input: string): string | null {
  const upper = input.toUpperCase().replace(/\s+/g, '');
  if (!upper.startsWith('CIO-')) return null;
  const body = upper.slice(4).replace(/[IL]/g, '1').replace(/O/g, '0');
  return /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/.test(body) ? `CIO-${body}` : null;
}
