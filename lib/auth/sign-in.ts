import 'server-only';
import { clearThrottle, getThrottle, noteFailedSignIn } from '@/db/queries/sign-in-throttle';
import { writeAudit } from '@/db/queries/audit';
import { findCredentials, type SessionUser } from '@/db/queries/users';
import { retryAfterMs } from '@/lib/domain/sign-in-throttle';
import { signInSchema } from '@/lib/validation/auth';
import { verifyPassword } from './password';

/** Why a sign-in was refused; each maps to a message in `signIn.errors`. */
export type SignInRefusal = 'invalid-input' | 'invalid-credentials' | 'deactivated' | `throttled:${number}`;

export type SignInResult = { ok: true; user: SessionUser } | { ok: false; refusal: SignInRefusal };

/**
 * Checks a sign-in: input shape, the client's throttle, the password (with a
 * dummy comparison when the email is unknown), then whether the account is
 * active. Only failures with a well-formed input are counted and audited.
 */
export async function checkSignIn(raw: unknown, clientKey: string, now = new Date()): Promise<SignInResult> {
  const input = signInSchema.safeParse(raw);
  if (!input.success) return { ok: false, refusal: 'invalid-input' };

  const wait = retryAfterMs(getThrottle(clientKey), now);
  if (wait > 0) return { ok: false, refusal: `throttled:${Math.ceil(wait / 1000)}` };

  const account = findCredentials(input.data.email);
  const passwordMatches = await verifyPassword(input.data.password, account?.passwordHash);
  if (!account || !passwordMatches) {
    noteFailedSignIn(clientKey, now);
    writeAudit({
      actorId: account?.id ?? null,
      action: 'auth.sign-in-failed',
      targetType: 'user',
      targetId: account?.id ?? null,
      details: { email: input.data.email, reason: account ? 'wrong-password' : 'unknown-email', client: clientKey },
    });
    return { ok: false, refusal: 'invalid-credentials' };
  }
  if (!account.active) {
    writeAudit({
      actorId: account.id,
      action: 'auth.sign-in-refused',
      targetType: 'user',
      targetId: account.id,
      details: { reason: 'deactivated' },
    });
    return { ok: false, refusal: 'deactivated' };
  }
  clearThrottle(clientKey);
  const { passwordHash: _hash, ...user } = account;
  return { ok: true, user };
}
