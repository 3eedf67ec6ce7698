import 'server-only';
import { headers } from 'next/headers';
import type { NewAccountToken } from '@/db/queries/cohort-enrolment';

/** A set-password link as shown to the manager, once. */
export interface OneTimeLink {
  name: string;
  email: string;
  url: string;
  /** ISO 8601. */
  expiresAt: string;
}

async function appOrigin(): Promise<string> {
  const configured = process.env.NEXTAUTH_URL;
  if (configured) return new URL(configured).origin;
  const list = await headers();
  const host = list.get('x-forwarded-host') ?? list.get('host') ?? 'localhost:3000';
  return `${list.get('x-forwarded-proto') ?? 'http'}://${host}`;
}

/** Turns freshly issued tokens into absolute links for the manager to pass on. */
export async function oneTimeLinks(tokens: readonly NewAccountToken[]): Promise<OneTimeLink[]> {
  const origin = await appOrigin();
  return tokens.map((t) => ({ name: t.name, email: t.email, url: `${origin}/set-password/${t.token}`, expiresAt: t.expiresAt.toISOString() }));
}
