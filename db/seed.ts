/**
 * Demo data: the four role accounts plus trainees from several countries, a
 * small demo cohort, and a living cohort of 42 trainees with their progress,
 * attempts, certificates and events (seed-demo-cohort.ts). Idempotent:
 * existing rows are kept.
 */
import { and, eq, isNull } from 'drizzle-orm';
import { hashPassword } from '@/lib/auth/password';
import { CLI_BUSY_TIMEOUT_MS, databasePath, openDatabase } from './connection';
import { cohortMembers, cohorts, modules, programmes, users } from './schema';
import { seedAssignments } from './seed-assignments';
import { DEMO_COHORT_NAME, seedDemoCohort } from './seed-demo-cohort';
import { seedDiscussions } from './seed-discussions';
import { DEMO_PASSWORD, demoUsers } from './seed-data';

async function seed(): Promise<void> {
  const db = openDatabase(databasePath(), { busyTimeoutMs: CLI_BUSY_TIMEOUT_MS });
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  db.transaction((tx) => {
    for (const user of demoUsers) {
      tx.insert(users)
        .values({ ...user, passwordHash })
        .onConflictDoNothing({ target: users.email })
        .run();
    }
    const idOf = (email: string) => tx.select({ id: users.id }).from(users).where(eq(users.email, email)).get()?.id;
    const instructorId = idOf('instructor@example.org');
    const managerId = idOf('manager@example.org');
    if (instructorId) tx.update(modules).set({ ownerId: instructorId }).where(isNull(modules.ownerId)).run();

    const programme = tx.select({ id: programmes.id }).from(programmes).where(eq(programmes.slug, 'egov-leadership')).get();
    if (!programme || !managerId) return;
    const name = 'Afghanistan CIO cohort 2013';
    let cohort = tx
      .select({ id: cohorts.id })
      .from(cohorts)
      .where(and(eq(cohorts.name, name), eq(cohorts.programmeId, programme.id)))
      .get();
    cohort ??= tx
      .insert(cohorts)
      .values({
        name,
        programmeId: programme.id,
        startsOn: '2026-09-01',
        endsOn: '2027-02-28',
        targetOn: '2027-02-15',
        timeZone: 'Asia/Kabul',
        createdById: managerId,
      })
      .returning({ id: cohorts.id })
      .get();
    const members: [string, 'manager' | 'instructor' | 'trainee'][] = [
      ['manager@example.org', 'manager'],
      ['instructor@example.org', 'instructor'],
      ['nasrin.karimi@example.org', 'trainee'],
    ];
    for (const [email, role] of members) {
      const userId = idOf(email);
      if (userId) tx.insert(cohortMembers).values({ cohortId: cohort.id, userId, role }).onConflictDoNothing().run();
    }
  });
  const idOf = (email: string) => db.select({ id: users.id }).from(users).where(eq(users.email, email)).get()?.id;
  const managerId = idOf('manager@example.org');
  const instructorId = idOf('instructor@example.org');
  const active = managerId && instructorId ? seedDemoCohort({ db, now: new Date(), passwordHash, managerId, instructorId }) : 0;
  const threads = seedDiscussions({ db, now: new Date(), cohortName: DEMO_COHORT_NAME });
  if (managerId && instructorId) seedAssignments({ db, now: new Date(), passwordHash, managerId, instructorId, demoCohortName: DEMO_COHORT_NAME });
  db.$client.close();
  console.log(
    `Seeded ${demoUsers.length} demo accounts (password ${DEMO_PASSWORD}); "${DEMO_COHORT_NAME}": ${active} trainees given activity, ${threads} discussion threads.`,
  );
}

seed().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
