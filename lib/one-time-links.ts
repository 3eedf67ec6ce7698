import 'server-only';
import type { NewAccountToken } from '@/db/queries/cohort-enrolment';
import { appUrl } from '@/lib/env';

/** A set-password link as shown to the manager, once. */
export interface OneTimeLink {
  name: string;
  email: string;
  url: string;
  /** ISO 8601. */
  expiresAt: string;
}

/** Turns freshly issued tokens into absolute links (on NEXTAUTH_URL) for the manager to pass on. */
export function oneTimeLinks(tokens: readonly NewAccountToken[]): OneTimeLink[] {
  return tokens.map((t) => ({ name: t.name, email: t.email, url: appUrl(`/set-password/${t.token}`).toString(), expiresAt: t.expiresAt.toISOString() }));
}
