/**
 * Benchmark: the authenticated lesson page under concurrent load, against a
 * minimal dynamic page (/health) of the same production build, in one run.
 *
 *   npm run bench:lesson            (builds first if there is no build)
 *   BENCH_CONNECTIONS=20 BENCH_SECONDS=15 npm run bench:lesson
 *
 * It starts `next start` on a throw-away database (migrated, content imported,
 * demo data seeded, the demo trainee enrolled), signs in through next-auth like
 * a browser, then drives both pages with autocannon and prints what it measured.
 */
import autocannon from 'autocannon';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { openDatabase } from '@/db/connection';
import { enrolments, modules, users } from '@/db/schema';

const port = Number(process.env.BENCH_PORT ?? 3300);
const base = `http://127.0.0.1:${port}`;
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const MODULE = 'why-e-government';
const LESSON = '02-e-government-and-good-governance';

function run(script: string, env: NodeJS.ProcessEnv) {
  execFileSync('npm', ['run', '--silent', script], { env, stdio: 'inherit' });
}

async function waitForServer(url: string, timeoutMs = 60_000) {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  }
  throw new Error(`server did not answer at ${url}`);
}

/** Signs in like the browser does (CSRF cookie + credentials callback) and returns the Cookie header. */
async function signIn(email: string, password: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = csrf.headers.getSetCookie().map((c) => c.split(';')[0]);
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: jar.join('; ') },
    body: new URLSearchParams({ csrfToken, email, password, json: 'true' }),
  });
  const session = response.headers.getSetCookie().map((c) => c.split(';')[0]).find((c) => c?.startsWith('next-auth.session-token='));
  if (!session) throw new Error(`sign-in failed with status ${response.status}`);
  return [...jar, session].join('; ');
}

function load(title: string, url: string, cookie?: string): Promise<autocannon.Result> {
  return autocannon({ title, url, connections, duration: seconds, headers: cookie ? { cookie } : {} });
}

function row(result: autocannon.Result) {
  return {
    page: result.title,
    'req/s (mean)': Math.round(result.requests.average),
    'latency p50 ms': result.latency.p50,
    'latency p97.5 ms': result.latency.p97_5,
    'latency p99 ms': result.latency.p99,
    requests: result.requests.total,
    'non-2xx': result.non2xx,
    errors: result.errors,
  };
}

async function main() {
  if (!existsSync('.next/BUILD_ID')) execFileSync('npx', ['next', 'build'], { stdio: 'inherit' });
  const dir = mkdtempSync(join(tmpdir(), 'cio-bench-'));
  const env = { ...process.env, DATABASE_PATH: join(dir, 'bench.db'), NEXTAUTH_URL: base, NEXTAUTH_SECRET: 'bench-only-secret-0123456789-0123456789', NEXT_TELEMETRY_DISABLED: '1' };
  run('db:migrate', env);
  run('content:import', env);
  run('db:seed', env);
  const db = openDatabase(env.DATABASE_PATH);
  const trainee = db.select({ id: users.id }).from(users).where(eq(users.email, 'trainee@example.org')).get()!;
  const mod = db.select({ id: modules.id }).from(modules).where(eq(modules.slug, MODULE)).get()!;
  db.insert(enrolments).values({ userId: trainee.id, moduleId: mod.id }).onConflictDoNothing().run();
  db.$client.close();

  const server = spawn('npx', ['next', 'start', '-p', String(port)], { env, stdio: 'ignore', detached: true });
  try {
    await waitForServer(`${base}/health`);
    const cookie = await signIn('trainee@example.org', 'Demo-Password-2026');
    const lessonUrl = `${base}/modules/${MODULE}/lessons/${LESSON}`;
    const check = await fetch(lessonUrl, { headers: { cookie }, redirect: 'manual' });
    if (check.status !== 200) throw new Error(`lesson page answered ${check.status} for the signed-in trainee`);
    await load('warm-up', lessonUrl, cookie);
    const baseline = await load('/health (minimal dynamic page)', `${base}/health`);
    const lesson = await load('lesson page (signed-in trainee)', lessonUrl, cookie);
    console.log(`\n${connections} connections, ${seconds} s each, production build, Node ${process.version}\n`);
    console.table([row(baseline), row(lesson)]);
    console.log(`Lesson page throughput is ${((lesson.requests.average / baseline.requests.average) * 100).toFixed(0)}% of the minimal page's.`);
  } finally {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
