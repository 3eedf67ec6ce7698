/**
 * The `notifications` catalogue area, loaded synchronously so emails can be
 * rendered inside a command's (synchronous) transaction, in the recipient's
 * language rather than the language of whoever caused the mail.
 */
// use-intl/core (what next-intl builds on) has no React: this also runs in scripts (seed, outbox:send) under react-server.
import { createTranslator } from 'use-intl/core';
import type { Locale } from '@/lib/i18n/config';
import en from '@/lib/i18n/messages/en/notifications.json';
import faAF from '@/lib/i18n/messages/fa-AF/notifications.json';
import ps from '@/lib/i18n/messages/ps/notifications.json';

const catalogues: Record<Locale, typeof en> = { en, 'fa-AF': faAF, ps };

function create(locale: Locale) {
  return createTranslator({ locale, messages: catalogues[locale], namespace: 'notifications' });
}

export type NotificationsTranslator = ReturnType<typeof create>;

// One per locale for the process: an event in a cohort of hundreds renders hundreds of emails in one transaction.
const translators = new Map<Locale, NotificationsTranslator>();

/** A translator over `notifications.*` in one locale. */
export function notificationsTranslator(locale: Locale): NotificationsTranslator {
  let translator = translators.get(locale);
  if (!translator) {
    translator = create(locale);
    translators.set(locale, translator);
  }
  return translator;
}
