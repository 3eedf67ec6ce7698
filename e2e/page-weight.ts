/**
 * Page-weight instruments of issue 12, shared by `e2e/page-weight.spec.ts`
 * and `npm run bench:pages`: Chromium's own network events (CDP) count what
 * each page transfers, cold (cache disabled) or warm, and how long the lesson
 * page takes to `load` on a slow link. Pages are addressed relative to the
 * context's baseURL; the page must already be signed in.
 */
import type { CDPSession, Page } from '@playwright/test';
import { budgetModule, budgets, slowLink } from './budgets';
import { readModule } from './course';

export interface Transfer {
  bytes: number;
  scriptBytes: number;
  requests: number;
  byType: Record<string, number>;
}

export interface Measurement {
  name: string;
  value: number;
  budget: number;
  unit: 'bytes' | 'ms';
  /** Bytes by resource type, to show where they go. */
  byType?: Record<string, number>;
  /** The key of its budget in `budgets`. */
  key?: keyof typeof budgets;
}

/** Counts encodedDataLength per request and knows when the network has gone quiet. */
class NetworkRecorder {
  readonly transfer: Transfer = { bytes: 0, scriptBytes: 0, requests: 0, byType: {} };
  private readonly types = new Map<string, string>();
  /** Requests started and not yet finished, by id, with their URL (to say which one hangs). */
  private readonly inFlight = new Map<string, string>();
  /** Bytes received so far per request (headers and body chunks), for requests that never finish. */
  private readonly received = new Map<string, number>();
  private lastActivity = performance.now();

  constructor(cdp: CDPSession) {
    cdp.on('Network.requestWillBeSent', (event) => {
      // A redirect reuses the request id: its response already crossed the wire.
      if (event.redirectResponse) this.add(event.requestId, event.redirectResponse.encodedDataLength);
      this.types.set(event.requestId, event.type ?? 'Other');
      this.inFlight.set(event.requestId, event.request.url);
      this.touch();
    });
    cdp.on('Network.responseReceived', (event) => {
      this.types.set(event.requestId, event.type);
      this.receive(event.requestId, event.response.encodedDataLength);
    });
    cdp.on('Network.dataReceived', (event) => this.receive(event.requestId, event.encodedDataLength));
    cdp.on('Network.loadingFinished', (event) => this.settle(event.requestId, event.encodedDataLength));
    // Next's router cancels its RSC fetches once it has read what it needs, so
    // they end as failed: what they received so far still crossed the wire.
    cdp.on('Network.loadingFailed', (event) => this.settle(event.requestId, this.received.get(event.requestId) ?? 0));
  }

  private receive(requestId: string, bytes: number) {
    this.received.set(requestId, (this.received.get(requestId) ?? 0) + bytes);
    this.touch();
  }

  private touch() {
    this.lastActivity = performance.now();
  }

  private settle(requestId: string, bytes: number) {
    if (!this.inFlight.delete(requestId)) return;
    this.add(requestId, bytes);
    this.transfer.requests += 1;
    this.touch();
  }

  private add(requestId: string, bytes: number) {
    const type = this.types.get(requestId) ?? 'Other';
    this.transfer.bytes += bytes;
    if (type === 'Script') this.transfer.scriptBytes += bytes;
    this.transfer.byType[type] = (this.transfer.byType[type] ?? 0) + bytes;
  }

  /**
   * Resolves once nothing has been in flight for `idleMs` (prefetches after
   * `load` count too). Some of Next's prefetch streams stay open long after
   * the page is done: after `capMs`, a quiet network is enough, and what those
   * open requests received so far is counted.
   */
  async quiet(idleMs = 700, capMs = 15_000): Promise<void> {
    const started = performance.now();
    for (;;) {
      const idle = performance.now() - this.lastActivity >= idleMs;
      if (idle && this.inFlight.size === 0) return;
      if (idle && performance.now() - started > capMs) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    console.warn(`still open after ${capMs} ms, counted as received so far: ${[...this.inFlight.values()].join(', ')}`);
    for (const requestId of [...this.inFlight.keys()]) this.settle(requestId, this.received.get(requestId) ?? 0);
  }
}

/** Everything the page transfers while `action` runs and until the network is quiet. */
export async function recordTransfer(page: Page, cacheDisabled: boolean, action: () => Promise<unknown>): Promise<Transfer> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled });
  const recorder = new NetworkRecorder(cdp);
  await action();
  await recorder.quiet();
  await cdp.detach();
  return recorder.transfer;
}

/** Milliseconds from navigation start to the end of `load`, cache disabled, on the slow link of the budget. */
export async function throttledLoadMs(page: Page, url: string): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', slowLink);
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  const ms = await page.evaluate(() => {
    const [timing] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    return timing ? Math.max(timing.loadEventStart, timing.loadEventEnd) : NaN;
  });
  await cdp.detach();
  return Math.round(ms);
}

/** Enrols the signed-in trainee in the module (through the UI) and opens a quiz attempt, unless already done. */
async function enrolAndStartQuiz(page: Page, slug: string): Promise<void> {
  await page.goto(`/modules/${slug}`);
  const enrol = page.getByRole('button', { name: 'Enrol in this module' });
  if (await enrol.isVisible()) await enrol.click();
  const start = page.getByRole('button', { name: 'Start the quiz' });
  const resume = page.getByRole('link', { name: 'Resume the quiz' });
  await start.or(resume).waitFor();
  if (await start.isVisible()) {
    await start.click();
    await page.waitForURL(`**/modules/${slug}/quiz`);
  }
}

/**
 * Measures the trainee pages of issue 12 with the signed-in `page`: lesson
 * cold (all and JS), raw HTML, lesson → next lesson warm, quiz and My
 * learning cold, and the throttled cold load of the lesson page.
 */
export async function measureTraineePages(page: Page): Promise<Measurement[]> {
  const { lessons } = readModule(budgetModule);
  const lessonUrl = `/modules/${budgetModule}/lessons/${lessons[1]}`;
  await enrolAndStartQuiz(page, budgetModule);

  const lesson = await recordTransfer(page, true, () => page.goto(lessonUrl));
  const rawHtml = (await (await page.request.get(lessonUrl)).body()).byteLength;
  const quiz = await recordTransfer(page, true, () => page.goto(`/modules/${budgetModule}/quiz`));
  const learn = await recordTransfer(page, true, () => page.goto('/learn'));
  // Warm: the lesson once with the cache on, then the trainee follows "Next".
  await recordTransfer(page, false, () => page.goto(lessonUrl));
  const warm = await recordTransfer(page, false, async () => {
    await page.locator('a[rel="next"]').click();
    await page.waitForURL(`**/lessons/${lessons[2]}`);
  });
  const loadMs = await throttledLoadMs(page, lessonUrl);

  return [
    { name: 'lesson, cold, all bytes', key: 'lessonColdBytes', value: lesson.bytes, budget: budgets.lessonColdBytes, unit: 'bytes', byType: lesson.byType },
    { name: 'lesson, cold, JavaScript', key: 'lessonColdScriptBytes', value: lesson.scriptBytes, budget: budgets.lessonColdScriptBytes, unit: 'bytes' },
    { name: 'lesson → next lesson, warm', key: 'lessonWarmBytes', value: warm.bytes, budget: budgets.lessonWarmBytes, unit: 'bytes' },
    { name: 'lesson, raw HTML (uncompressed)', key: 'lessonRawHtmlBytes', value: rawHtml, budget: budgets.lessonRawHtmlBytes, unit: 'bytes' },
    { name: 'quiz page, cold', key: 'quizColdBytes', value: quiz.bytes, budget: budgets.quizColdBytes, unit: 'bytes', byType: quiz.byType },
    { name: 'My learning, cold', key: 'learnColdBytes', value: learn.bytes, budget: budgets.learnColdBytes, unit: 'bytes', byType: learn.byType },
    { name: 'lesson, cold, 400 kbit/s + 300 ms, to load', key: 'lessonThrottledLoadMs', value: loadMs, budget: budgets.lessonThrottledLoadMs, unit: 'ms' },
  ];
}

/** Prints measured against budget as a table; returns the measurements over budget. */
export function reportMeasurements(title: string, measurements: Measurement[]): Measurement[] {
  const show = (m: Measurement, n: number) => (m.unit === 'bytes' ? `${(n / 1000).toFixed(1)} kB` : `${n} ms`);
  console.log(`\n${title}`);
  console.table(measurements.map((m) => ({ measure: m.name, measured: show(m, m.value), budget: show(m, m.budget), result: m.value <= m.budget ? 'ok' : 'OVER' })));
  for (const m of measurements.filter((x) => x.byType)) {
    const parts = Object.entries(m.byType!).sort(([, a], [, b]) => b - a).map(([type, n]) => `${type} ${(n / 1000).toFixed(1)} kB`);
    console.log(`  ${m.name}: ${parts.join(', ')}`);
  }
  return measurements.filter((m) => m.value > m.budget);
}
