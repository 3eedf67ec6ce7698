import 'server-only';
import { isKnownClient, rememberClient, updateThrottles } from '@/db/queries/sign-in-throttle';
import { writeAudit } from '@/db/queries/audit';
import { findCredentials, type SessionUser } from '@/db/queries/users';
import {
  GLOBAL_ALERT_FAILURES,
  KNOWN_CLIENT_MS,
  knownClientKey,
  reserveAttempt,
  settleSuccess,
  throttleKeys,
  throttlePolicies,
  type ThrottleKey,
} from '@/lib/domain/sign-in-throttle';
import { signInSchema } from '@/lib/validation/auth';
import { verifyPassword } from './password';

/** Why a sign-in was refused; each maps to a message in `signIn.errors`. */
export type SignInRefusal = 'invalid-input' | 'invalid-credentials' | 'deactivated' | `throttled:${number}`;

export type SignInResult = { ok: true; user: SessionUser } | { ok: false; refusal: SignInRefusal };

/** Counts this try as a failure under every key before the password is compared; or says how long to wait. */
function reserve(keys: ThrottleKey[], now: Date) {
  return updateThrottles(
    keys.map(({ key }) => key),
    (records) => {
      const decision = reserveAttempt(keys, records, now);
      return { writes: decision.allowed ? decision.writes : new Map(), result: decision };
    },
  );
}

/**
 * Checks a sign-in: input shape, then the throttle (which counts this try as
 * a failure at once, so parallel tries cannot all get through), the password
 * (with a dummy comparison when the email is unknown), then whether the
 * account is active. A correct password gives the reserved failure back.
 * `client` is the client address, or null when it cannot be known (no
 * trusted proxy): then only the per-account and global counts apply.
 */
export async function checkSignIn(raw: unknown, client: string | null, now = new Date()): Promise<SignInResult> {
  const input = signInSchema.safeParse(raw);
  if (!input.success) return { ok: false, refusal: 'invalid-input' };
  const { email, password } = input.data;

  const known = client !== null && isKnownClient(knownClientKey(email, client), new Date(now.getTime() - KNOWN_CLIENT_MS));
  const keys = throttleKeys(email, client, known);
  const reserved = reserve(keys, now);
  if (!reserved.allowed) return { ok: false, refusal: `throttled:${Math.ceil(reserved.waitMs / 1000)}` };
  if (reserved.alert) {
    writeAudit({
      actorId: null,
      action: 'auth.sign-in-failures-high',
      targetType: 'system',
      details: { failures: GLOBAL_ALERT_FAILURES, windowMinutes: throttlePolicies.global.windowMs / 60_000 },
    });
  }

  const account = findCredentials(email);
  const passwordMatches = await verifyPassword(password, account?.passwordHash);
  if (!account || !passwordMatches) {
    writeAudit({
      actorId: account?.id ?? null,
      action: 'auth.sign-in-failed',
      targetType: 'user',
      targetId: account?.id ?? null,
      details: { email, reason: account ? 'wrong-password' : 'unknown-email', client: client ?? 'unknown' },
    });
    return { ok: false, refusal: 'invalid-credentials' };
  }
  updateThrottles(
    keys.map(({ key }) => key),
    (records) => ({ writes: settleSuccess(keys, records), result: null }),
  );
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
  if (client !== null) rememberClient(knownClientKey(email, client), now);
  const { passwordHash: _hash, ...user } = account;
  return { ok: true, user };
}
