/**
 * What every HTTP benchmark needs: a production build, a throw-away database
 * (migrated, content imported, demo data seeded), the production server
 * (scripts/server.ts) on it, and a signed-in Cookie header obtained the way a
 * browser gets one.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type AppDatabase } from '@/db/connection';

/** The password of every seeded demo account (db/seed-data.ts) and of the benchmark's own trainees. */
export const DEMO_PASSWORD = 'Demo-Password-2026';

/** The 1-minute load average when the benchmark started: timings mean little on a busy machine. */
export const loadAtStart = `load average ${(loadavg()[0] ?? 0).toFixed(1)} at start`;

export interface BenchApp {
  base: string;
  databasePath: string;
  /** Stops the server and deletes the throw-away database. */
  stop: () => void;
}

function npmRun(script: string, env: NodeJS.ProcessEnv) {
  execFileSync('npm', ['run', '--silent', script], { env, stdio: 'inherit' });
}

async function waitForServer(url: string, timeoutMs = 90_000) {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet: try again shortly.
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`server did not answer at ${url}`);
}

/** Builds the app unless `.next` already holds a production build. */
export function ensureBuild(): void {
  if (!existsSync('.next/BUILD_ID')) execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
}

/**
 * Builds if needed, prepares a fresh database, lets `prepare` add the
 * benchmark's own rows (before the server opens the file) and returns what it
 * returns as `prepared`, then serves the production build on `port` and waits until it answers.
 */
export async function startApp<T = void>(port: number, prepare?: (db: AppDatabase, path: string) => T | Promise<T>): Promise<BenchApp & { prepared: T }> {
  ensureBuild();
  const base = `http://127.0.0.1:${port}`;
  const dir = mkdtempSync(join(tmpdir(), 'cio-bench-'));
  const databasePath = join(dir, 'bench.db');
  const env = {
    ...process.env,
    DATABASE_PATH: databasePath,
    UPLOADS_DIR: join(dir, 'uploads'),
    NEXTAUTH_URL: base,
    NEXTAUTH_SECRET: 'bench-only-secret-0123456789-0123456789',
    NEXT_TELEMETRY_DISABLED: '1',
    // Each simulated user signs in from its own address, as behind a reverse proxy.
    TRUST_PROXY: '1',
  };
  npmRun('db:migrate', env);
  npmRun('content:import', env);
  npmRun('db:seed', env);
  let prepared = undefined as T;
  if (prepare) {
    const db = openDatabase(databasePath);
    prepared = await prepare(db, databasePath);
    db.$client.close();
  }
  // BENCH_CPU_PROF=<dir> writes a V8 CPU profile of the server there when it stops (open it in Chrome DevTools).
  const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  // BENCH_NEXT_START=1 runs bare `next start` instead of scripts/server.ts, to compare the two (it compresses nothing then).
  const entry = process.env.BENCH_NEXT_START === '1' ? ['node_modules/next/dist/bin/next', 'start'] : ['--import', 'tsx', 'scripts/server.ts'];
  // BENCH_NODE_FLAGS adds V8 / Node flags to the server's command line, to compare settings (say, the young generation's size).
  const flags = process.env.BENCH_NODE_FLAGS?.split(' ').filter(Boolean) ?? [];
  const server = spawn(process.execPath, [...flags, ...profile, ...entry, '-p', String(port)], { env, stdio: 'ignore', detached: true });
  const stop = () => {
    if (server.pid && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitForServer(`${base}/health`);
  } catch (error) {
    stop();
    throw error;
  }
  return { base, databasePath, stop, prepared };
}

/**
 * Signs in like the browser does (CSRF cookie + credentials callback) and
 * returns the Cookie header. `clientAddress` is sent as X-Forwarded-For.
 */
export async function signIn(base: string, email: string, password = DEMO_PASSWORD, clientAddress = '10.55.0.1'): Promise<string> {
  const forwarded = { 'X-Forwarded-For': clientAddress };
  const csrf = await fetch(`${base}/api/auth/csrf`, { headers: forwarded });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = csrf.headers.getSetCookie().map((c) => c.split(';')[0]);
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: jar.join('; '), ...forwarded },
    body: new URLSearchParams({ csrfToken, email, password, json: 'true' }),
  });
  await response.arrayBuffer();
  const session = response.headers.getSetCookie().map((c) => c.split(';')[0]).find((c) => c?.startsWith('next-auth.session-token='));
  if (!session) throw new Error(`sign-in of ${email} failed with status ${response.status}`);
  return [...jar, session].join('; ');
}

/** Runs `main`, prints what failed, and sets the exit code (1 on error or on a missed target). */
export function runBench(main: () => Promise<boolean>): void {
  main().then(
    (ok) => {
      process.exitCode = ok ? 0 : 1;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
