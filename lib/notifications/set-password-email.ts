import 'server-only';
import type { Tx } from '@/lib/commands/transaction';
import { composeEmail } from '@/lib/email/compose';
import { queueEmail } from '@/lib/email/queue';
import { appUrl } from '@/lib/env';
import type { Locale } from '@/lib/i18n/config';
import { formatCommitment } from '@/lib/i18n/format';
import { unsubscribeLink } from './emails';
import { notificationsTranslator } from './translator';

export interface SetPasswordMail {
  userId: number;
  name: string;
  email: string;
  locale: Locale;
  /** The one-time token: only ever in the link, never stored. */
  token: string;
  expiresAt: Date;
}

/**
 * Queues the email with a new account's set-password link, in the holder's
 * language, in the transaction that issued the token: the link reaches the
 * trainee even when the manager does not pass it on. The outbox row holds the
 * link until sent, as the email itself will.
 */
export function queueSetPasswordEmail(tx: Tx, mail: SetPasswordMail, now: Date): void {
  const t = notificationsTranslator(mail.locale);
  const email = composeEmail({
    locale: mail.locale,
    subject: t('emails.setPasswordSubject'),
    greeting: t('emails.greeting', { name: mail.name }),
    paragraphs: [
      t('emails.setPasswordIntro', { email: mail.email }),
      t('emails.setPasswordExpiry', { expires: formatCommitment(mail.locale, mail.expiresAt, { dateStyle: 'long', withTime: true }) }),
      t('emails.setPasswordIgnore'),
    ],
    action: { label: t('emails.setPasswordAction'), url: appUrl(`/set-password/${mail.token}`).toString() },
    footer: [],
    footerLinks: [unsubscribeLink(mail.locale, mail.userId, 'all')],
  });
  queueEmail(tx, { ...email, recipientId: mail.userId, to: mail.email, locale: mail.locale, category: 'set-password' }, now);
}
