/**
 * Child process of the benchmark: streams the cohort's CSV export exactly as
 * the route does and reports time, size and memory high-water marks as JSON.
 * Run separately so its peak RSS is the export's alone, not the builder's.
 */
import { readFileSync } from 'node:fs';
import { IntlMessageFormat } from 'intl-messageformat';
import { openDatabase } from '@/db/connection';
import { findReportCohort } from '@/db/queries/cohort-access';
import { cohortCsvStream, type CsvLabels } from '@/lib/reports/cohort-csv';

function labelsFromCatalog(): CsvLabels {
  const catalog = JSON.parse(readFileSync('lib/i18n/messages/en/dashboard.json', 'utf8')).dashboard;
  const t = (path: string, values?: Record<string, string>) =>
    String(new IntlMessageFormat(path.split('.').reduce((node, key) => node[key], catalog), 'en').format(values));
  return {
    columns: {
      name: t('csv.name'), email: t('csv.email'), country: t('csv.country'), status: t('csv.status'), reasons: t('csv.reasons'),
      completion: t('csv.completion'), modulesComplete: t('csv.modulesComplete'), lastActivity: t('csv.lastActivity'),
    },
    moduleState: (title) => t('csv.moduleState', { title }),
    moduleScore: (title) => t('csv.moduleScore', { title }),
    status: { complete: t('status.complete'), 'on-track': t('status.on-track'), 'at-risk': t('status.at-risk'), 'not-started': t('status.not-started') },
    reason: { inactive: t('reason.inactive'), 'behind-pace': t('reason.behind-pace') },
    cell: { complete: t('cell.complete'), 'in-progress': t('cell.in-progress'), 'not-started': t('cell.not-started') },
  };
}

async function main() {
  const [path, cohortId] = process.argv.slice(2);
  const db = openDatabase(path);
  const cohort = findReportCohort(db, Number(cohortId));
  if (!cohort) throw new Error(`No cohort ${cohortId} in ${path}`);
  const labels = labelsFromCatalog();
  const before = process.memoryUsage();
  let peakRss = before.rss;
  let peakHeap = before.heapUsed;
  const started = performance.now();
  const reader = cohortCsvStream(db, cohort, { country: null, status: null, now: new Date(), labels }).getReader();
  let bytes = 0;
  let lines = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    for (const byte of value) if (byte === 10) lines += 1;
    const now = process.memoryUsage();
    peakRss = Math.max(peakRss, now.rss);
    peakHeap = Math.max(peakHeap, now.heapUsed);
  }
  const ms = performance.now() - started;
  const mb = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;
  console.log(JSON.stringify({ ms, bytes, lines, baselineRssMb: mb(before.rss), peakRssMb: mb(peakRss), peakHeapMb: mb(peakHeap), maxRssMb: Math.round(process.resourceUsage().maxRSS / 102.4) / 10 }));
  db.$client.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
