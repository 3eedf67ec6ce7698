import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';

const envSchema = z.object({
  DATABASE_PATH: z.string().min(1).default('data/cio-academy.db'),
  NEXTAUTH_SECRET: z.string().min(32, 'NEXTAUTH_SECRET must be at least 32 characters').optional(),
  /** The public address of the app; writes from any other origin are refused. */
  NEXTAUTH_URL: z.url().optional(),
  /** Set to 1 behind a reverse proxy so the client address comes from X-Forwarded-For. */
  TRUST_PROXY: z.enum(['0', '1']).default('0'),
  UPLOADS_DIR: z.string().min(1).default('data/uploads'),
  /** Largest lecture video an instructor may upload, in megabytes. */
  MAX_VIDEO_UPLOAD_MB: z.coerce.number().int().positive().max(10_000).default(500),
});

export type Env = z.infer<typeof envSchema> & { NEXTAUTH_SECRET: string };

let cached: Env | null = null;

/** The validated environment. Without NEXTAUTH_SECRET, a random secret is kept beside the database. */
export function env(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    throw new Error(`Invalid environment: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  const secret = parsed.data.NEXTAUTH_SECRET ?? persistentSecret(join(dirname(parsed.data.DATABASE_PATH), 'auth-secret'));
  cached = { ...parsed.data, NEXTAUTH_SECRET: secret };
  return cached;
}

function persistentSecret(file: string): string {
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dirname(file), { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
