import bcrypt from 'bcryptjs';

const COST = 12;

/** A bcrypt hash of `password` (adaptive; cost 12). */
export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

/** A hash of no real password, compared against when the email is unknown so timing reveals nothing. */
const DUMMY_HASH = bcrypt.hashSync('no-such-account-placeholder', COST);

/** Compares `password` with `hash`, or with a dummy hash of equal cost when there is none. */
export async function verifyPassword(password: string, hash: string | null | undefined): Promise<boolean> {
  const matches = await bcrypt.compare(password, hash ?? DUMMY_HASH);
  return Boolean(hash) && matches;
}
