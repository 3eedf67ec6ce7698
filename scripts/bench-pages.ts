/**
 * `npm run bench:pages`: the page-weight budgets of issue 12 against a fresh
 * production build (built if missing) on a throw-away database.
 *
 * In Chromium (CDP network events) it measures, as a signed-in trainee, the
 * lesson page cold (all bytes and JavaScript), lesson → next lesson warm, the
 * raw lesson HTML, the quiz page and My learning cold and the lesson's cold
 * load time on 400 kbit/s with 300 ms latency; then, as the manager, the cohort
 * dashboard of a 200-trainee cohort: bytes cold and p50 with 10 concurrent
 * readers. Prints measured vs budget and exits non-zero when any is over.
 * BENCH_PORT, BENCH_TRAINEES, BENCH_READERS, BENCH_REQUESTS override the defaults.
 */
import { chromium, devices, type Browser } from '@playwright/test';
import { budgets, budgetTrainee } from '../e2e/budgets';
import { measureTraineePages, recordTransfer, reportMeasurements, type Measurement } from '../e2e/page-weight';
import { loadAtStart, runBench, signIn, startApp, type BenchApp } from './bench/app';
import { loadRow, quantile, runLoad } from './bench/load';
import { browserCookies, seedBenchCohort } from './bench/trainees';

const port = Number(process.env.BENCH_PORT ?? 3400);
const TRAINEES = Number(process.env.BENCH_TRAINEES ?? 200);
const READERS = Number(process.env.BENCH_READERS ?? 10);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);

async function signedInPage(browser: Browser, app: BenchApp, email: string, address: string) {
  // A first visit has no service worker yet; with one, its fetches would not show in the page's network events.
  const context = await browser.newContext({ ...devices['Desktop Chrome'], baseURL: app.base, serviceWorkers: 'block' });
  await context.addCookies(browserCookies(await signIn(app.base, email, undefined, address), app.base));
  return context.newPage();
}

async function measureDashboard(browser: Browser, app: BenchApp, cohortId: number): Promise<Measurement[]> {
  const url = `/manage/cohorts/${cohortId}/dashboard`;
  const page = await signedInPage(browser, app, 'manager@example.org', '10.55.0.3');
  let status = 0;
  const cold = await recordTransfer(page, true, async () => {
    status = (await page.goto(url))?.status() ?? 0;
  });
  if (status !== 200) throw new Error(`dashboard answered ${status} for the cohort's manager`);
  const cookie = await signIn(app.base, 'manager@example.org', undefined, '10.55.0.4');
  const read = () => fetch(`${app.base}${url}`, { headers: { cookie } });
  await runLoad(READERS, READERS * 2, read);
  const readers = await runLoad(READERS, REQUESTS, read);
  console.log(`\nCohort dashboard, ${TRAINEES} trainees, ${READERS} concurrent readers:`);
  console.table([loadRow('cohort dashboard', readers)]);
  if (readers.errors + readers.non2xx > 0) throw new Error(`dashboard readers failed: ${readers.failures.join('; ')}`);
  return [
    { name: `cohort dashboard (${TRAINEES} trainees), cold`, value: cold.bytes, budget: budgets.dashboardColdBytes, unit: 'bytes', byType: cold.byType },
    { name: `cohort dashboard, p50 with ${READERS} readers`, value: Math.round(quantile(readers.latencies, 0.5)), budget: budgets.dashboardP50Ms, unit: 'ms' },
  ];
}

async function main(): Promise<boolean> {
  const app = await startApp(port, (db) => seedBenchCohort(db, TRAINEES).cohortId);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const trainee = await measureTraineePages(await signedInPage(browser, app, budgetTrainee, '10.55.0.2'));
    const dashboard = await measureDashboard(browser, app, app.prepared);
    const over = reportMeasurements(`Issue 12 budgets, production build, Chromium ${browser.version()}, Node ${process.version}, ${loadAtStart}`, [...trainee, ...dashboard]);
    console.log(over.length === 0 ? 'PASS  every page within budget' : `FAIL  ${over.length} over budget: ${over.map((m) => m.name).join('; ')}`);
    return over.length === 0;
  } finally {
    await browser.close();
    app.stop();
  }
}

runBench(main);
