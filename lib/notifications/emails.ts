import 'server-only';
import type { NotificationKind } from '@/lib/domain/notification-kinds';
import { signUnsubscribeToken, type UnsubscribeScope } from '@/lib/domain/unsubscribe-token';
import { composeEmail, type ComposedEmail, type EmailLink } from '@/lib/email/compose';
import { appUrl, authSecret } from '@/lib/env';
import type { Locale } from '@/lib/i18n/config';
import { notificationText } from './kinds';
import { notificationsTranslator } from './translator';

export interface MailRecipient {
  id: number;
  name: string;
  email: string;
  locale: Locale;
}

/** The public unsubscribe page for a user and a kind (or every kind), signed so it needs no sign-in. */
export function unsubscribeUrl(userId: number, scope: UnsubscribeScope): string {
  const url = appUrl('/unsubscribe');
  url.searchParams.set('token', signUnsubscribeToken(authSecret(), { userId, scope }));
  return url.toString();
}

const unsubscribeLabels = new Map<string, string>();

/** The footer link that stops this kind of email (or, for mail not tied to a kind, all notification email). */
export function unsubscribeLink(locale: Locale, userId: number, scope: UnsubscribeScope): EmailLink {
  // The label depends on the language and kind only; kept, since an event in a cohort mails everyone at once.
  const key = `${locale} ${scope}`;
  let label = unsubscribeLabels.get(key);
  if (label === undefined) {
    const t = notificationsTranslator(locale);
    label = scope === 'all' ? t('emails.unsubscribeAll') : t('emails.unsubscribe', { kind: t(`kindNames.${scope}`) });
    unsubscribeLabels.set(key, label);
  }
  return { label, url: unsubscribeUrl(userId, scope) };
}

/**
 * The email of one notification, in the recipient's language. `text` is the
 * notification's text in that language (notificationText), passed in so one
 * event mailed to a whole cohort formats it once per language, not per person.
 */
export function notificationEmail(recipient: MailRecipient, kind: NotificationKind, href: string, text: string): ComposedEmail {
  const t = notificationsTranslator(recipient.locale);
  return composeEmail({
    locale: recipient.locale,
    subject: text,
    greeting: t('emails.greeting', { name: recipient.name }),
    paragraphs: [text],
    action: { label: t('emails.open'), url: appUrl(href).toString() },
    footer: [t('emails.why')],
    footerLinks: [unsubscribeLink(recipient.locale, recipient.id, kind)],
  });
}

export interface DigestEntry {
  kind: NotificationKind;
  href: string;
  params: Record<string, string>;
}

/** One day's digest for a recipient: every item as a line with its link, and a stop link per kind it holds. */
export function digestEmail(recipient: MailRecipient, entries: readonly DigestEntry[]): ComposedEmail {
  const t = notificationsTranslator(recipient.locale);
  const kinds = [...new Set(entries.map((entry) => entry.kind))];
  return composeEmail({
    locale: recipient.locale,
    subject: t('emails.digestSubject', { count: entries.length }),
    greeting: t('emails.greeting', { name: recipient.name }),
    paragraphs: [t('emails.digestIntro')],
    items: entries.map((entry) => ({ text: notificationText(t, recipient.locale, entry.kind, entry.params), url: appUrl(entry.href).toString() })),
    footer: [t('emails.why')],
    footerLinks: kinds.map((kind) => unsubscribeLink(recipient.locale, recipient.id, kind)),
  });
}
