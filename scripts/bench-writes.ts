/**
 * `npm run bench:writes`: the two hot write paths of issue 12 under load, on a
 * fresh production build (built if missing) and a throw-away database.
 *
 * 200 trainees (the synthetic cohort, enrolled in the course's first module,
 * each with an open quiz attempt started by the app's own code) sign in; then,
 * with 100 requests in flight, each cycling over the trainees:
 *   - PUT /api/progress marks lessons complete (then not complete, so every request changes state);
 *   - PUT /api/attempts/:id/answers saves a choice (a different option each round).
 * Each is first warmed up with one uncounted request per trainee, at the same concurrency.
 * Prints p50/p95/p99 and errors for each; exits non-zero when a p99 target or an error is missed.
 * BENCH_PORT, BENCH_TRAINEES, BENCH_IN_FLIGHT, BENCH_REQUESTS override the defaults.
 */
import type { AppDatabase } from '@/db/connection';
import { getPublishedModule, type PublishedModule } from '@/db/queries/published';
import { startAttempt } from '@/lib/commands/start-attempt';
import { loadAtStart, runBench, startApp } from './bench/app';
import { loadRow, quantile, runLoad, type LoadResult } from './bench/load';
import { seedBenchCohort, signInAll } from './bench/trainees';

const port = Number(process.env.BENCH_PORT ?? 3500);
const TRAINEES = Number(process.env.BENCH_TRAINEES ?? 200);
const IN_FLIGHT = Number(process.env.BENCH_IN_FLIGHT ?? 100);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 1000);
const MODULE = 'why-e-government';
const targets = { progressP99Ms: 800, answerP99Ms: 500 };

interface Trainee {
  email: string;
  attemptId: number;
}

function jsonPut(url: string, cookie: string, body: unknown): Promise<Response> {
  return fetch(url, { method: 'PUT', headers: { cookie, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
}

/** The first single-choice or true/false question of the quiz: the answer the benchmark keeps changing. */
function choiceQuestion(courseModule: PublishedModule) {
  const question = courseModule.quiz?.questions.find((q) => (q.type === 'single' || q.type === 'truefalse') && q.options.length > 1);
  if (!question) throw new Error(`${MODULE} has no choice question to answer`);
  return question;
}

/**
 * Enrols the cohort in the module and starts one attempt each, with the app's
 * own startAttempt. It and getPublishedModule use the app's handle, opened on
 * first use from DATABASE_PATH (left open: the script ends with the run).
 */
function enrolAndStartAttempts(db: AppDatabase, path: string, emails: string[]): { published: PublishedModule; trainees: Trainee[] } {
  process.env.DATABASE_PATH = path;
  const published = getPublishedModule(MODULE);
  if (!published) throw new Error(`${MODULE} is not published`);
  db.$client
    .prepare("INSERT INTO enrolments (user_id, module_id, source, created_at) SELECT id, ?, 'self', ? FROM users WHERE email LIKE '%@bench.example'")
    .run(published.id, Date.now());
  const idOf = db.$client.prepare('SELECT id FROM users WHERE email = ?');
  const now = new Date();
  const trainees = emails.map((email) => ({ email, attemptId: startAttempt({ userId: (idOf.get(email) as { id: number }).id, module: published, now }) }));
  return { published, trainees };
}

async function main(): Promise<boolean> {
  const app = await startApp(port, (db, path) => enrolAndStartAttempts(db, path, seedBenchCohort(db, TRAINEES).emails));
  try {
    const { published, trainees } = app.prepared;
    const started = performance.now();
    const cookies = await signInAll(app.base, trainees.map((t) => t.email));
    console.log(`Signed in ${cookies.length} trainees in ${Math.round(performance.now() - started)} ms.`);
    const lessons = published.lessons.map((l) => l.key);
    const question = choiceQuestion(published);
    const check = await runLoad(20, trainees.length, (i) => fetch(`${app.base}/api/progress?module=${MODULE}`, { headers: { cookie: cookies[i]! } }));
    if (check.errors + check.non2xx > 0) throw new Error(`warm-up failed: ${check.failures.join('; ')}`);

    const markComplete = (i: number) => {
      const round = Math.floor(i / trainees.length);
      const body = { moduleSlug: MODULE, lessonKey: lessons[round % lessons.length], completed: Math.floor(round / lessons.length) % 2 === 0 };
      return jsonPut(`${app.base}/api/progress`, cookies[i % trainees.length]!, body);
    };
    const saveAnswer = (i: number) => {
      const trainee = trainees[i % trainees.length]!;
      const option = question.options[Math.floor(i / trainees.length) % question.options.length]!;
      const body = { questionKey: question.key, response: { type: question.type, optionKey: option.key } };
      return jsonPut(`${app.base}/api/attempts/${trainee.attemptId}/answers`, cookies[i % trainees.length]!, body);
    };
    // A server that has just started loads route code and compiles it under the first burst: measure it warm,
    // as trainees meet it. The warm-up is a full cycle over the trainees at the same concurrency, not counted.
    for (const send of [markComplete, saveAnswer]) {
      const warm = await runLoad(IN_FLIGHT, trainees.length, send);
      if (warm.errors + warm.non2xx > 0) throw new Error(`warm-up failed: ${warm.failures.join('; ')}`);
    }
    const progress = await runLoad(IN_FLIGHT, REQUESTS, (i) => markComplete(i + trainees.length));
    const answers = await runLoad(IN_FLIGHT, REQUESTS, (i) => saveAnswer(i + trainees.length));

    console.log(`\n${TRAINEES} trainees, ${IN_FLIGHT} requests in flight, ${REQUESTS} requests each, production build, Node ${process.version}, ${loadAtStart}\n`);
    console.table([loadRow('PUT /api/progress (mark lesson complete)', progress), loadRow('PUT /api/attempts/:id/answers (save answer)', answers)]);
    const verdict = (name: string, result: LoadResult, target: number): [string, boolean] => {
      const p99 = quantile(result.latencies, 0.99);
      const failed = result.errors + result.non2xx;
      const why = result.failures.length ? ` (${result.failures.join('; ')})` : '';
      return [`${name}: p99 ${Math.round(p99)} ms (target ≤ ${target} ms), ${failed} failed (target 0)${why}`, p99 <= target && failed === 0];
    };
    const checks = [verdict('mark lesson complete', progress, targets.progressP99Ms), verdict('save answer', answers, targets.answerP99Ms)];
    for (const [text, ok] of checks) console.log(`${ok ? 'PASS' : 'FAIL'}  ${text}`);
    return checks.every(([, ok]) => ok);
  } finally {
    app.stop();
  }
}

runBench(main);
