import 'server-only';
import { count, desc } from 'drizzle-orm';
import type { OutboxCategory, OutboxStatus } from '@/lib/domain/outbox';
import type { Locale } from '@/lib/i18n/config';
import { getDb } from '../index';
import { emailOutbox } from '../schema';

export const OUTBOX_PAGE_SIZE = 25;
const PREVIEW_CHARS = 400;

export interface OutboxRow {
  id: number;
  to: string;
  locale: Locale;
  category: OutboxCategory;
  subject: string;
  preview: string;
  status: OutboxStatus;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
}

/** One page (from 1) of the outbox, newest first, with the start of each plain-text body. */
export function listOutbox(page: number): { rows: OutboxRow[]; total: number } {
  const db = getDb();
  const total = db.select({ n: count() }).from(emailOutbox).get()?.n ?? 0;
  const rows = db
    .select({
      id: emailOutbox.id,
      to: emailOutbox.toAddress,
      locale: emailOutbox.locale,
      category: emailOutbox.category,
      subject: emailOutbox.subject,
      text: emailOutbox.textBody,
      status: emailOutbox.status,
      attempts: emailOutbox.attempts,
      lastError: emailOutbox.lastError,
      createdAt: emailOutbox.createdAt,
    })
    .from(emailOutbox)
    .orderBy(desc(emailOutbox.createdAt), desc(emailOutbox.id))
    .limit(OUTBOX_PAGE_SIZE)
    .offset((page - 1) * OUTBOX_PAGE_SIZE)
    .all();
  return { rows: rows.map(({ text, ...row }) => ({ ...row, preview: text.length > PREVIEW_CHARS ? `${text.slice(0, PREVIEW_CHARS)}…` : text })), total };
}
