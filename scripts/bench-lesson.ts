/**
 * Benchmark: the authenticated lesson page under concurrent load, against a
 * bare node:http server sending the very same bytes, in one run (issue 12).
 *
 *   npm run bench:lesson            (builds first if there is no build)
 *   BENCH_CONNECTIONS=20 BENCH_SECONDS=15 npm run bench:lesson
 *
 * It starts the production server on a throw-away database (the demo trainee enrolled),
 * signs in like a browser, fetches the lesson page once, serves those bytes from
 * a bare server in a child process, drives both (and /health) with autocannon,
 * and exits non-zero when the ratio, the p99 or the error count misses its target.
 * It also drives /api/me without a session: a route handler that reads the
 * cookie and answers 401, the least any request costs in Next here, and prints
 * that floor's own ratio to the bare server beside the lesson's.
 */
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { eq } from 'drizzle-orm';
import { enrolments, modules, users } from '@/db/schema';
import { loadAtStart, runBench, signIn, startApp } from './bench/app';

const port = Number(process.env.BENCH_PORT ?? 3300);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const targets = { minRatio: 0.08, maxP99Ms: 1000 };
const MODULE = 'why-e-government';
const LESSON = '02-e-government-and-good-governance';

function load(title: string, url: string, cookie?: string): Promise<autocannon.Result> {
  return autocannon({ title, url, connections, duration: seconds, headers: cookie ? { cookie } : {} });
}

function row(result: autocannon.Result) {
  return {
    page: result.title,
    'req/s (mean)': Math.round(result.requests.average),
    'p50 ms': result.latency.p50,
    'p97.5 ms': result.latency.p97_5,
    'p99 ms': result.latency.p99,
    requests: result.requests.total,
    'non-2xx': result.non2xx,
    errors: result.errors,
  };
}

/** Serves `body` from scripts/bench/bare-server.ts on `barePort`; resolves once it listens. */
async function startBareServer(body: Buffer, contentType: string, barePort: number) {
  const dir = mkdtempSync(join(tmpdir(), 'cio-bare-'));
  const file = join(dir, 'lesson.html');
  writeFileSync(file, body);
  const child = spawn(process.execPath, [...process.execArgv, 'scripts/bench/bare-server.ts', file, String(barePort), contentType], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`bare server exited with ${code}`)));
    createInterface({ input: child.stdout! }).once('line', () => resolve());
  });
  return () => {
    child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  };
}

async function main(): Promise<boolean> {
  const app = await startApp(port, (db) => {
    const trainee = db.select({ id: users.id }).from(users).where(eq(users.email, 'trainee@example.org')).get()!;
    const mod = db.select({ id: modules.id }).from(modules).where(eq(modules.slug, MODULE)).get()!;
    db.insert(enrolments).values({ userId: trainee.id, moduleId: mod.id }).onConflictDoNothing().run();
  });
  let stopBare = () => {};
  try {
    const cookie = await signIn(app.base, 'trainee@example.org');
    const lessonUrl = `${app.base}/modules/${MODULE}/lessons/${LESSON}`;
    const page = await fetch(lessonUrl, { headers: { cookie }, redirect: 'manual' });
    const body = Buffer.from(await page.arrayBuffer());
    if (page.status !== 200) throw new Error(`lesson page answered ${page.status} for the signed-in trainee`);
    stopBare = await startBareServer(body, page.headers.get('content-type') ?? 'text/html; charset=utf-8', port + 1);

    await load('warm-up', lessonUrl, cookie);
    await load('warm-up', `${app.base}/api/me`);
    const health = await load('/health (minimal dynamic page)', `${app.base}/health`);
    const lesson = await load('lesson page (signed-in trainee)', lessonUrl, cookie);
    const floor = await load('/api/me, no session (401): Next\'s floor', `${app.base}/api/me`);
    const bare = await load('bare node:http, same bytes', `http://127.0.0.1:${port + 1}/`);
    const ratio = lesson.requests.average / bare.requests.average;
    const failures = lesson.errors + lesson.non2xx;

    console.log(`\n${connections} connections, ${seconds} s each, production build, Node ${process.version}, lesson page ${body.byteLength} bytes uncompressed, ${loadAtStart}\n`);
    console.table([row(health), row(floor), row(lesson), row(bare)]);
    console.log(`INFO  Next's floor in this run: an empty 401 route handler ${Math.round(floor.requests.average)} req/s ÷ bare = ${(floor.requests.average / bare.requests.average).toFixed(3)}`);
    const checks: [string, boolean][] = [
      [`app ${Math.round(lesson.requests.average)} req/s ÷ bare ${Math.round(bare.requests.average)} req/s = ratio ${ratio.toFixed(3)} (target ≥ ${targets.minRatio})`, ratio >= targets.minRatio],
      [`lesson p50 ${lesson.latency.p50} ms, p99 ${lesson.latency.p99} ms (target p99 ≤ ${targets.maxP99Ms} ms)`, lesson.latency.p99 <= targets.maxP99Ms],
      [`lesson errors ${lesson.errors}, non-2xx ${lesson.non2xx} (target 0)`, failures === 0],
    ];
    for (const [text, ok] of checks) console.log(`${ok ? 'PASS' : 'FAIL'}  ${text}`);
    return checks.every(([, ok]) => ok);
  } finally {
    stopBare();
    app.stop();
  }
}

runBench(main);
