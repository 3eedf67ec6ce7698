/**
 * The one place that reads `process.env`. It imports nothing from Next, so drizzle-kit, tsx scripts
 * and Vitest load it as they are.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';

/** An empty variable (`FOO=` in a shell or .env file) means "not set", so the default applies. */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === '' ? undefined : value), schema);

const httpUrl = z
  .url({ protocol: /^https?$/, error: 'NEXTAUTH_URL must be an http(s) URL such as https://academy.example.org' })
  .transform((value) => new URL(value).origin);

export const envSchema = z.object({
  DATABASE_PATH: optional(z.string().default('data/cio-academy.db')),
  NEXTAUTH_SECRET: optional(z.string().min(32, 'NEXTAUTH_SECRET must be at least 32 characters').optional()),
  /** The public origin of the app: sign-in redirects, certificate QR links, one-time links, calendar ids. */
  NEXTAUTH_URL: optional(httpUrl.default('http://localhost:3000')),
  /** Set to 1 behind a reverse proxy so the client address comes from X-Forwarded-For. */
  TRUST_PROXY: optional(z.enum(['0', '1']).default('0')),
  /** With TRUST_PROXY=1: how many reverse proxies of ours each append to X-Forwarded-For (the client address is that many from the right). */
  TRUST_PROXY_HOPS: optional(z.coerce.number().int().min(1).max(10).default(1)),
  UPLOADS_DIR: optional(z.string().default('data/uploads')),
  /** Largest lecture video an instructor may upload, in megabytes. */
  MAX_VIDEO_UPLOAD_MB: optional(z.coerce.number().int().positive().max(10_000).default(500)),
  /** Outgoing mail server, e.g. smtp://user:pass@mail.example.org:587 or smtps://…:465. Unset: emails stay in the outbox (/admin/outbox). */
  SMTP_URL: optional(z.url({ protocol: /^smtps?$/, error: 'SMTP_URL must be an smtp:// or smtps:// URL such as smtp://user:password@mail.example.org:587' }).optional()),
  /** The From of every email; defaults to "CIO Academy <no-reply@…>" on the host of NEXTAUTH_URL. */
  EMAIL_FROM: optional(z.string().min(3).max(200).optional()),
  /** Set by Next itself: 'development' under `next dev` (the CSP then allows the dev server's eval). */
  NODE_ENV: optional(z.enum(['development', 'production', 'test']).default('production')),
});

export type Env = z.infer<typeof envSchema>;

/**
 * Validates a set of variables; throws one error naming every variable that is wrong.
 * Exported apart from `env()` so the rules can be tested without touching `process.env`.
 */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    throw new Error(`Invalid environment: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return parsed.data;
}

let cached: Env | null = null;
let secret: string | null = null;

/** The validated environment, read once. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/**
 * The secret that signs session tokens: NEXTAUTH_SECRET, or else a random one kept beside the
 * database. Resolved only when asked for, so reading DATABASE_PATH never writes a file.
 */
export function authSecret(): string {
  const { NEXTAUTH_SECRET, DATABASE_PATH } = env();
  secret ??= NEXTAUTH_SECRET ?? persistentSecret(join(dirname(DATABASE_PATH), 'auth-secret'));
  return secret;
}

/** An absolute URL on the app's public origin (NEXTAUTH_URL), for links that leave the browser. */
export function appUrl(path: string): URL {
  return new URL(path, env().NEXTAUTH_URL);
}

/** The From address of outgoing email: EMAIL_FROM, else no-reply on the app's host. */
export function emailFrom(): string {
  const { EMAIL_FROM, NEXTAUTH_URL } = env();
  return EMAIL_FROM ?? `CIO Academy <no-reply@${new URL(NEXTAUTH_URL).hostname}>`;
}

function persistentSecret(file: string): string {
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dirname(file), { recursive: true });
  const generated = randomBytes(32).toString('base64url');
  writeFileSync(file, generated, { mode: 0o600 });
  return generated;
}
