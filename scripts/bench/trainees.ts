/**
 * The benchmark's own trainees: the synthetic cohort (scripts/bench/synthetic-cohort.ts)
 * made able to sign in, with the demo manager managing it, so page and write
 * benchmarks can act as many real, signed-in users.
 */
import bcrypt from 'bcryptjs';
import type { AppDatabase } from '@/db/connection';
import { DEMO_PASSWORD, signIn } from './app';
import { buildSyntheticCohort } from './synthetic-cohort';

export interface BenchCohort {
  cohortId: number;
  emails: string[];
}

/** Adds a cohort of `count` trainees (password DEMO_PASSWORD) managed by manager@example.org. */
export function seedBenchCohort(db: AppDatabase, count: number): BenchCohort {
  const { cohortId } = buildSyntheticCohort(db, count, new Date());
  // The app reads the bcrypt cost from the hash: cost 4 lets hundreds of trainees
  // sign in within seconds instead of minutes, and the sign-in path stays the real one.
  const hash = bcrypt.hashSync(DEMO_PASSWORD, 4);
  db.$client.prepare("UPDATE users SET password_hash = ? WHERE email LIKE '%@bench.example'").run(hash);
  db.$client
    .prepare("INSERT INTO cohort_members (cohort_id, user_id, role, created_at) SELECT ?, id, 'manager', ? FROM users WHERE email = 'manager@example.org'")
    .run(cohortId, Date.now());
  return { cohortId, emails: Array.from({ length: count }, (_, i) => `trainee${i}@bench.example`) };
}

/** Signs every trainee in (a few at a time, each from its own address); returns their Cookie headers in order. */
export async function signInAll(base: string, emails: string[], concurrency = 4): Promise<string[]> {
  const cookies: string[] = new Array<string>(emails.length);
  let next = 0;
  const worker = async () => {
    while (next < emails.length) {
      const i = next++;
      cookies[i] = await signIn(base, emails[i]!, DEMO_PASSWORD, `10.56.${Math.floor(i / 250)}.${(i % 250) + 1}`);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return cookies;
}

/** A Cookie header as Playwright cookies for `url`. */
export function browserCookies(header: string, url: string): { name: string; value: string; url: string }[] {
  return header.split('; ').map((pair) => {
    const at = pair.indexOf('=');
    return { name: pair.slice(0, at), value: pair.slice(at + 1), url };
  });
}
