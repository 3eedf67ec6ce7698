import { once } from 'node:events';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { expect } from './fixtures';

/** The port scripts/e2e-server.sh points SMTP_URL at: the app's port + 20000. */
export const smtpPort = Number(process.env.E2E_PORT ?? 3100) + 20000;

/** An in-process SMTP server that keeps every message it receives, for the e2e server to send to. */
export class SmtpInbox {
  readonly received: ParsedMail[] = [];
  private readonly server = new SMTPServer({
    authOptional: true,
    // Plain SMTP on localhost: nodemailer would otherwise try STARTTLS with the server's self-signed certificate.
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData: (stream, _session, callback) => {
      simpleParser(stream)
        .then((mail) => {
          this.received.push(mail);
          callback();
        })
        .catch(callback);
    },
  });

  async start(): Promise<void> {
    this.server.listen(smtpPort, '127.0.0.1');
    await once(this.server.server, 'listening');
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /**
   * Waits for a message to `to` whose subject matches. The server sends right
   * after the commit that queued it; mail queued while nobody listened comes
   * with the next retry, so allow for a sweep (30 s) plus a backoff step.
   */
  async waitFor(to: string, subject: RegExp, timeout = 100_000): Promise<ParsedMail> {
    let found: ParsedMail | undefined;
    await expect
      .poll(
        () => {
          found = this.received.find((mail) => addressesOf(mail).includes(to.toLowerCase()) && subject.test(mail.subject ?? ''));
          return found !== undefined;
        },
        { timeout, intervals: [250, 500, 1000] },
      )
      .toBe(true);
    return found as ParsedMail;
  }
}

function addressesOf(mail: ParsedMail): string[] {
  const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
  return to.flatMap((group) => group.value.map((entry) => (entry.address ?? '').toLowerCase()));
}

/** The first URL in a plain-text body whose path starts with `path`. */
export function linkIn(text: string | undefined, path: string): string {
  const url = (text ?? '').split(/\s+/).find((word) => word.startsWith('http') && new URL(word).pathname.startsWith(path));
  expect(url, `a ${path} link in the email`).toBeTruthy();
  return url as string;
}
