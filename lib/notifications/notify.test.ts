import { fileURLToPath } from 'node:url';
import { eq } from 'drizzle-orm';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type AppDatabase } from '@/db/connection';
import { emailOutbox, notificationPreferences, notifications, users } from '@/db/schema';
import { inTransaction } from '@/lib/commands/transaction';
import { notify } from './notify';

const migrationsFolder = fileURLToPath(new URL('../../db/migrations', import.meta.url));
const holder = globalThis as unknown as { __cioDb?: AppDatabase };
const now = new Date('2026-09-01T08:00:00Z');

let db: AppDatabase;
let ids: Record<'actor' | 'amina' | 'bahir' | 'sima', number>;

beforeEach(() => {
  db = openDatabase(':memory:');
  migrate(db, { migrationsFolder });
  holder.__cioDb = db;
  const add = (name: string, preferredLanguage: 'en' | 'fa-AF' | 'ps' = 'en', active = true) =>
    db.insert(users).values({ email: `${name}@example.org`, name, preferredLanguage, active }).returning().get().id;
  ids = { actor: add('Karim'), amina: add('Amina', 'fa-AF'), bahir: add('Bahir'), sima: add('Sima', 'en', false) };
});
afterEach(() => {
  db.$client.close();
  delete holder.__cioDb;
});

const reply = (recipientIds: number[], extra: object = {}) => ({
  kind: 'reply' as const,
  recipientIds,
  actorId: ids.actor,
  href: '/modules/m/lessons/l#post-3',
  params: { actor: 'Karim', title: 'Budget <b>plans</b>' },
  ...extra,
});

describe('notify', () => {
  it('records one notification per recipient, never for the actor or a deactivated account', () => {
    inTransaction((tx) => notify(tx, reply([ids.amina, ids.actor, ids.amina, ids.bahir, ids.sima]), now));
    const rows = db.select().from(notifications).all();
    expect(rows.map((r) => r.recipientId).sort()).toEqual([ids.amina, ids.bahir].sort());
    expect(rows[0]).toMatchObject({ kind: 'reply', actorId: ids.actor, href: '/modules/m/lessons/l#post-3', readAt: null, createdAt: now });
  });

  it('queues an email in the recipient language, escaping user text in the HTML', () => {
    inTransaction((tx) => notify(tx, reply([ids.amina]), now));
    const [mail] = db.select().from(emailOutbox).all();
    expect(mail).toMatchObject({ recipientId: ids.amina, toAddress: 'Amina@example.org', locale: 'fa-AF', category: 'notification', status: 'held', attempts: 0 });
    expect(mail?.subject).toContain('پاسخ داد');
    expect(mail?.htmlBody).toContain('dir="rtl"');
    expect(mail?.htmlBody).toContain('Budget &lt;b&gt;plans&lt;/b&gt;');
    expect(mail?.htmlBody).not.toContain('<b>plans');
    expect(mail?.textBody).toContain('http://localhost:3000/modules/m/lessons/l#post-3');
    expect(mail?.textBody).toContain('/unsubscribe?token=');
  });

  it('follows each recipient preference: in-app only, email, or digest', () => {
    db.insert(notificationPreferences).values([
      { userId: ids.amina, kind: 'reply', delivery: 'in-app', updatedAt: now },
      { userId: ids.bahir, kind: 'reply', delivery: 'digest', updatedAt: now },
    ]).run();
    inTransaction((tx) => notify(tx, reply([ids.amina, ids.bahir]), now));
    expect(db.select().from(emailOutbox).all()).toEqual([]);
    const deliveries = db.select({ recipientId: notifications.recipientId, delivery: notifications.delivery }).from(notifications).all();
    expect(deliveries).toEqual(expect.arrayContaining([{ recipientId: ids.amina, delivery: 'in-app' }, { recipientId: ids.bahir, delivery: 'digest' }]));
  });

  it('notifies once per dedupe key, the mention winning over the reply', () => {
    inTransaction((tx) =>
      notify(tx, [reply([ids.amina], { dedupeKey: 'post-3' }), { ...reply([ids.amina, ids.bahir], { dedupeKey: 'post-3' }), kind: 'mention' as const }], now),
    );
    const rows = db.select({ recipientId: notifications.recipientId, kind: notifications.kind }).from(notifications).all();
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => r.kind === 'mention')).toBe(true);
    expect(db.select().from(emailOutbox).all()).toHaveLength(2);
  });

  it('writes nothing when the transaction rolls back', () => {
    expect(() =>
      inTransaction((tx) => {
        notify(tx, reply([ids.amina]), now);
        throw new Error('later step failed');
      }),
    ).toThrow('later step failed');
    expect(db.select().from(notifications).all()).toEqual([]);
    expect(db.select().from(emailOutbox).where(eq(emailOutbox.recipientId, ids.amina)).all()).toEqual([]);
  });
});
