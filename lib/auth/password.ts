import bcrypt from 'bcryptjs';

const COST = 12;
/** bcrypt ignores everything after the 72nd byte. */
const MAX_BYTES = 72;

/** A bcrypt hash of `password` (adaptive; cost 12). */
export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

/** A hash of no real password, compared against when the email is unknown so timing reveals nothing. */
const DUMMY_HASH = bcrypt.hashSync('no-such-account-placeholder', COST);

/**
 * Compares `password` with `hash`, or with a dummy hash of equal cost when
 * there is none. A password longer than bcrypt's 72 bytes never matches: bcrypt
 * would compare only its first 72 bytes, so any longer text sharing them would
 * pass. (New passwords are limited to 72 bytes; see `newPasswordSchema`.)
 */
export async function verifyPassword(password: string, hash: string | null | undefined): Promise<boolean> {
  const matches = await bcrypt.compare(password, hash ?? DUMMY_HASH);
  return Boolean(hash) && matches && Buffer.byteLength(password, 'utf8') <= MAX_BYTES;
}
