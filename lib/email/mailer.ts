import 'server-only';
import nodemailer, { type Transporter } from 'nodemailer';
import type { SendOutcome } from '@/lib/domain/outbox';
import { emailFrom, env } from '@/lib/env';

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** Sends one email; resolves to the outcome instead of throwing, so the dispatcher can record it. */
export type SendEmail = (email: OutgoingEmail) => Promise<SendOutcome>;

const holder = globalThis as unknown as { __cioSmtp?: { url: string; transport: Transporter } };

function transportFor(url: string): Transporter {
  if (holder.__cioSmtp?.url !== url) {
    // Short timeouts: the dispatcher retries later, and a hung server must not hold mail back for minutes.
    holder.__cioSmtp = { url, transport: nodemailer.createTransport({ url, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 }) };
  }
  return holder.__cioSmtp.transport;
}

/**
 * A sender through the SMTP server at `url` (smtp:// or smtps://), or through
 * SMTP_URL when no url is given; null when no server is configured.
 */
export function smtpSender(url: string | undefined = env().SMTP_URL): SendEmail | null {
  if (!url) return null;
  const from = emailFrom();
  return async (email) => {
    try {
      await transportFor(url).sendMail({ from, to: email.to, subject: email.subject, text: email.text, html: email.html });
      return { ok: true };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message.slice(0, 500) : String(error).slice(0, 500) };
    }
  };
}
