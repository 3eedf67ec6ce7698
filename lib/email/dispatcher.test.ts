import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type AppDatabase } from '@/db/connection';
import { emailOutbox, users } from '@/db/schema';
import { inTransaction } from '@/lib/commands/transaction';
import { notify } from '@/lib/notifications/notify';
import { dispatchDueEmails } from './dispatcher';
import { smtpSender } from './mailer';

const migrationsFolder = fileURLToPath(new URL('../../db/migrations', import.meta.url));
const holder = globalThis as unknown as { __cioDb?: AppDatabase };
const received: ParsedMail[] = [];
let server: SMTPServer;
let db: AppDatabase;
let userId: number;

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  server.listen(0, '127.0.0.1');
  await once(server.server, 'listening');
  // Read once by lib/env on first use, which comes after this.
  process.env.SMTP_URL = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  delete process.env.SMTP_URL;
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  received.length = 0;
  db = openDatabase(':memory:');
  migrate(db, { migrationsFolder });
  holder.__cioDb = db;
  db.insert(users).values({ email: 'actor@example.org', name: 'Karim' }).run();
  userId = db.insert(users).values({ email: 'gul@example.org', name: 'Gul <Ahmadi>', preferredLanguage: 'ps' }).returning().get().id;
});
afterEach(() => {
  db.$client.close();
  delete holder.__cioDb;
});

function queueEventEmail(now: Date) {
  inTransaction((tx) =>
    notify(tx, { kind: 'event', recipientIds: [userId], actorId: 1, href: '/learn', params: { title: 'Open data seminar', cohort: 'Kabul 2026', when: '2026-09-03T05:30:00.000Z', timeZone: 'Asia/Kabul' } }, now),
  );
}

describe('the outbox dispatcher with a real SMTP server', () => {
  it('delivers a queued notification as text and RTL HTML in the recipient language, after commit', async () => {
    const now = new Date('2026-09-01T08:00:00Z');
    queueEventEmail(now);
    expect(db.select().from(emailOutbox).get()).toMatchObject({ status: 'pending', attempts: 0 });

    const result = await dispatchDueEmails({ now: () => now });

    expect(result).toEqual({ sent: 1, failed: 0, held: 0 });
    expect(received).toHaveLength(1);
    const [mail] = received;
    expect(mail?.to && 'text' in mail.to ? mail.to.text : '').toBe('gul@example.org');
    expect(mail?.from?.text).toContain('no-reply@localhost');
    expect(mail?.subject).toContain('Open data seminar');
    expect(mail?.subject).toContain('پېښه');
    expect(mail?.html).toContain('dir="rtl"');
    expect(mail?.html).toContain('Gul &lt;Ahmadi&gt;');
    expect(mail?.text).toMatch(/http:\/\/localhost:3000\/unsubscribe\?token=\d+\.event\./);
    expect(db.select().from(emailOutbox).get()).toMatchObject({ status: 'sent', attempts: 1, lastError: null, sentAt: now });
  });

  it('keeps a failed send for a retry after the backoff, with the error', async () => {
    const now = new Date('2026-09-01T08:00:00Z');
    queueEventEmail(now);
    const closed = new SMTPServer({ logger: false });
    closed.listen(0, '127.0.0.1');
    await once(closed.server, 'listening');
    const port = (closed.server.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));

    const result = await dispatchDueEmails({ now: () => now, send: smtpSender(`smtp://127.0.0.1:${port}`) });

    expect(result).toEqual({ sent: 0, failed: 1, held: 0 });
    const row = db.select().from(emailOutbox).get();
    expect(row).toMatchObject({ status: 'pending', attempts: 1, nextAttemptAt: new Date(now.getTime() + 60_000) });
    expect(row?.lastError).toMatch(/ECONNREFUSED|connect/i);
    // Not due again before the backoff has passed.
    expect(await dispatchDueEmails({ now: () => new Date(now.getTime() + 30_000) })).toEqual({ sent: 0, failed: 0, held: 0 });
    expect(await dispatchDueEmails({ now: () => new Date(now.getTime() + 61_000) })).toEqual({ sent: 1, failed: 0, held: 0 });
    expect(received).toHaveLength(1);
  });

  it('holds due mail for administrators when no SMTP server is configured', async () => {
    queueEventEmail(new Date('2026-09-01T08:00:00Z'));
    expect(await dispatchDueEmails({ send: null })).toEqual({ sent: 0, failed: 0, held: 1 });
    expect(db.select().from(emailOutbox).get()?.status).toBe('held');
    expect(received).toEqual([]);
  });
});
