import { fileURLToPath } from 'node:url';
import { eq } from 'drizzle-orm';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type AppDatabase } from '@/db/connection';
import { cohortMembers, cohorts, emailOutbox, notificationPreferences, notifications, programmes, users } from '@/db/schema';
import { hashSetPasswordToken } from '@/lib/domain/set-password-token';
import { reissueSetPasswordLink } from './account-links';
import { enrolTrainees } from './enrol-trainees';
import { unsubscribe } from './notification-preferences';
import { markAllNotificationsRead, markNotificationRead } from './read-notifications';
import { retryEmail } from './retry-email';
import { changeEvent, scheduleEvent } from './schedule-event';
import { sendDailyDigests } from './send-digests';
import { inTransaction } from './transaction';
import { notify } from '@/lib/notifications/notify';

const migrationsFolder = fileURLToPath(new URL('../../db/migrations', import.meta.url));
const holder = globalThis as unknown as { __cioDb?: AppDatabase };
const now = new Date('2026-09-01T08:00:00Z');

let db: AppDatabase;
let managerA: number;
let managerB: number;
let cohortA: { id: number; programmeId: number };
let cohortB: { id: number; programmeId: number };

function cohort(name: string, managerId: number, programmeId: number) {
  const id = db.insert(cohorts).values({ name, programmeId, startsOn: '2026-09-01', endsOn: '2027-02-28', targetOn: '2027-02-15', timeZone: 'Asia/Kabul', createdById: managerId }).returning().get().id;
  db.insert(cohortMembers).values({ cohortId: id, userId: managerId, role: 'manager' }).run();
  return { id, programmeId };
}

const row = (line: number, name: string, email: string, language?: string) => ({ line, name, email, country: 'Afghanistan', ministry: 'MCIT', jobTitle: 'CIO', ...(language ? { language } : {}) });

beforeEach(() => {
  db = openDatabase(':memory:');
  migrate(db, { migrationsFolder });
  holder.__cioDb = db;
  managerA = db.insert(users).values({ email: 'a@example.org', name: 'Manager A', role: 'manager' }).returning().get().id;
  managerB = db.insert(users).values({ email: 'b@example.org', name: 'Manager B', role: 'manager' }).returning().get().id;
  const programmeId = db.insert(programmes).values({ slug: 'p', title: 'P' }).returning().get().id;
  cohortA = cohort('Kabul 2026', managerA, programmeId);
  cohortB = cohort('Suva 2026', managerB, programmeId);
});
afterEach(() => {
  db.$client.close();
  delete holder.__cioDb;
});

const mails = () => db.select().from(emailOutbox).all();
const tokenIn = (text: string) => /\/set-password\/([A-Za-z0-9_-]{43})/.exec(text)?.[1];

describe('set-password emails for new trainees', () => {
  it('queues one email per new account, in its language, whose link is the issued one', () => {
    const result = enrolTrainees({ cohort: cohortA, rows: [row(1, 'Nasrin', 'nasrin@example.org', 'دری'), row(2, 'Gul', 'gul@example.org', 'ps'), row(3, 'Tom', 'tom@example.org')], expectedFingerprint: null, actorId: managerA, now, fileName: 'list.csv' });
    expect(result.status).toBe('enrolled');
    const queued = mails();
    expect(queued.map((m) => [m.toAddress, m.locale, m.category])).toEqual([
      ['nasrin@example.org', 'fa-AF', 'set-password'],
      ['gul@example.org', 'ps', 'set-password'],
      ['tom@example.org', 'en', 'set-password'],
    ]);
    expect(queued[0]?.htmlBody).toContain('dir="rtl"');
    const stored = db.select({ hash: users.setPasswordTokenHash }).from(users).where(eq(users.email, 'tom@example.org')).get();
    expect(hashSetPasswordToken(tokenIn(queued[2]?.textBody ?? '') ?? '')).toBe(stored?.hash);
  });

  it('queues nothing for an account that already existed', () => {
    db.insert(users).values({ email: 'old@example.org', name: 'Old', passwordHash: 'x' }).run();
    enrolTrainees({ cohort: cohortA, rows: [row(1, 'Old', 'old@example.org')], expectedFingerprint: null, actorId: managerA, now, fileName: null });
    expect(mails()).toEqual([]);
  });

  it('queues a new email on resend by the creator, and nothing (the same null answer) for another manager', () => {
    enrolTrainees({ cohort: cohortA, rows: [row(1, 'Tom', 'tom@example.org')], expectedFingerprint: null, actorId: managerA, now, fileName: null });
    const tom = db.select({ id: users.id }).from(users).where(eq(users.email, 'tom@example.org')).get()!.id;
    db.insert(cohortMembers).values({ cohortId: cohortB.id, userId: tom, role: 'trainee' }).run();

    expect(reissueSetPasswordLink({ cohortId: cohortB.id, userId: tom, actor: { id: managerB, role: 'manager' }, now })).toBeNull();
    expect(mails()).toHaveLength(1);

    const again = reissueSetPasswordLink({ cohortId: cohortA.id, userId: tom, actor: { id: managerA, role: 'manager' }, now });
    expect(again).not.toBeNull();
    expect(mails()).toHaveLength(2);
    expect(tokenIn(mails()[1]?.textBody ?? '')).toBe(again?.token);
  });
});

describe('scheduleEvent', () => {
  it('notifies every cohort member but the one who scheduled it, in the same transaction', () => {
    const trainee = db.insert(users).values({ email: 't@example.org', name: 'T', preferredLanguage: 'fa-AF' }).returning().get().id;
    const outsider = db.insert(users).values({ email: 'o@example.org', name: 'O' }).returning().get().id;
    db.insert(cohortMembers).values({ cohortId: cohortA.id, userId: trainee, role: 'trainee' }).run();
    db.insert(cohortMembers).values({ cohortId: cohortB.id, userId: outsider, role: 'trainee' }).run();
    const startsAt = new Date('2026-09-10T05:30:00Z');
    const eventId = scheduleEvent({ cohortId: cohortA.id, title: 'Open data', kind: 'seminar', startsAt, endsAt: new Date('2026-09-10T07:30:00Z'), location: '', url: '', description: '' }, managerA, now);
    const rows = db.select().from(notifications).all();
    expect(rows.map((r) => [r.recipientId, r.kind])).toEqual([[trainee, 'event']]);
    expect(rows[0]?.params).toEqual({ title: 'Open data', cohort: 'Kabul 2026', when: startsAt.toISOString(), timeZone: 'Asia/Kabul', change: 'new' });
    expect(mails().map((m) => m.toAddress)).toEqual(['t@example.org']);
    // Kabul is UTC+4:30: the email shows the cohort's local time, in Dari digits.
    expect(mails()[0]?.subject).toContain('۱۰:۰۰');

    const details = { cohortId: cohortA.id, title: 'Open data', kind: 'seminar' as const, startsAt, endsAt: new Date('2026-09-10T07:30:00Z'), location: '', url: '', description: 'More.' };
    expect(changeEvent(eventId, details, managerA, now)).toBe(true);
    expect(db.select().from(notifications).all()).toHaveLength(1);
    expect(changeEvent(eventId, { ...details, startsAt: new Date('2026-09-10T06:30:00Z') }, managerA, now)).toBe(true);
    expect(mails()[1]?.subject).toMatch(/^رویداد در .*Kabul 2026.* تغییر کرد/);
    expect(changeEvent(eventId, { ...details, cohortId: cohortB.id }, managerB, now)).toBe(false);
  });
});

describe('reading, digests, unsubscribing and retrying', () => {
  let trainee: number;
  const event = (at: Date) =>
    inTransaction((tx) => notify(tx, { kind: 'event', recipientIds: [trainee], actorId: null, href: '/learn', params: { title: 'E', cohort: 'C', when: at.toISOString() } }, at));

  beforeEach(() => {
    trainee = db.insert(users).values({ email: 't@example.org', name: 'T' }).returning().get().id;
  });

  it("marks only the user's own notifications read", () => {
    event(now);
    event(now);
    const [first] = db.select().from(notifications).all();
    expect(markNotificationRead(managerA, first!.id, now)).toBe(false);
    expect(markNotificationRead(trainee, first!.id, now)).toBe(true);
    expect(markAllNotificationsRead(trainee, now)).toBe(1);
    expect(markAllNotificationsRead(trainee, now)).toBe(0);
  });

  it('queues one digest per user per day with the unread items from before today', () => {
    db.insert(notificationPreferences).values({ userId: trainee, kind: 'event', delivery: 'digest', updatedAt: now }).run();
    event(new Date('2026-09-01T08:00:00Z'));
    event(new Date('2026-09-01T09:00:00Z'));
    expect(mails()).toEqual([]);
    expect(sendDailyDigests(new Date('2026-09-01T20:00:00Z'))).toBe(0);
    event(new Date('2026-09-02T01:00:00Z'));
    expect(sendDailyDigests(new Date('2026-09-02T06:00:00Z'))).toBe(1);
    expect(sendDailyDigests(new Date('2026-09-02T18:00:00Z'))).toBe(0);
    const [digest] = mails();
    expect(digest).toMatchObject({ category: 'digest', toAddress: 't@example.org' });
    expect(digest?.subject).toContain('2 notifications');
    expect(sendDailyDigests(new Date('2026-09-03T06:00:00Z'))).toBe(1);
  });

  it('makes the unsubscribed kind (or every kind) in-app only', () => {
    expect(unsubscribe({ userId: trainee, scope: 'event' }, now)).toBe(true);
    event(now);
    expect(mails()).toEqual([]);
    expect(unsubscribe({ userId: trainee, scope: 'all' }, now)).toBe(true);
    expect(db.select().from(notificationPreferences).where(eq(notificationPreferences.userId, trainee)).all()).toHaveLength(5);
    expect(unsubscribe({ userId: 9999, scope: 'all' }, now)).toBe(false);
  });

  it('lets an administrator send a held email again, not one still on its way', () => {
    event(now);
    const [mail] = mails();
    expect(mail?.status).toBe('held');
    expect(retryEmail(mail!.id, managerA, now)).toBe('queued');
    db.update(emailOutbox).set({ status: 'pending' }).run();
    expect(retryEmail(mail!.id, managerA, now)).toBe('not-retriable');
    expect(retryEmail(12345, managerA, now)).toBe('not-found');
  });
});
