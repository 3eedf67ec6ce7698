import 'server-only';
import { eq } from 'drizzle-orm';
import type { ProfileInput } from '@/lib/validation/profile';
import { getDb } from '../index';
import { users } from '../schema';

export function getProfile(userId: number): (ProfileInput & { email: string }) | null {
  return (
    getDb()
      .select({
        email: users.email,
        name: users.name,
        country: users.country,
        ministry: users.ministry,
        jobTitle: users.jobTitle,
        preferredLanguage: users.preferredLanguage,
      })
      .from(users)
      .where(eq(users.id, userId))
      .get() as (ProfileInput & { email: string }) | undefined
  ) ?? null;
}

export function updateProfile(userId: number, input: ProfileInput): void {
  getDb().update(users).set({ ...input, updatedAt: new Date() }).where(eq(users.id, userId)).run();
}
