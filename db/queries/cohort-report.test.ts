import { fileURLToPath } from 'node:url';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { refreshModuleStandings } from '@/lib/commands/standings';
import { cohortCsvStream, type CsvLabels } from '@/lib/reports/cohort-csv';
import { completionByCountry, completionDays, completionsByWeek, moduleTallies, summariseCohort } from '@/lib/domain/cohort-summary';
import { countriesOf, sortKeys, tablePage, type TableQuery } from '@/lib/domain/cohort-table';
import { loadCohortDashboard, loadCohortRows } from '@/lib/reports/cohort-dashboard';
import { cohortSumsFromStandings, storedCohortSums } from '@/lib/testing/cohort-sums-oracle';
import { buildSyntheticCohort } from '@/scripts/bench/synthetic-cohort';
import { openDatabase, type AppDatabase } from '../connection';
import { findReportCohort, type ReportCohort } from './cohort-access';
import { forgetPublishedContent } from './published-cache';

const migrationsFolder = fileURLToPath(new URL('../migrations', import.meta.url));
const now = new Date('2026-02-20T12:00:00Z');
const at = (iso: string) => Date.parse(iso);
let db: AppDatabase;
let cohort: ReportCohort;
const ids: Record<string, number> = {};

/** A small cohort built by hand: two modules (v2 of the first drops a lesson), four trainees, one manager. */
function build() {
  const run = (sql: string, ...args: unknown[]) => Number(db.$client.prepare(sql).run(...args).lastInsertRowid);
  const programme = run("INSERT INTO programmes (slug, title, created_at) VALUES ('p', 'Programme', 0)");
  const quiz = (scoring: string) => JSON.stringify({ title: 'Q', passMark: 70, attemptLimit: null, timeLimitMinutes: null, shuffleQuestions: false, shuffleOptions: false, scoring, review: { correctAnswers: 'after-pass-or-last-attempt', explanations: 'after-pass-or-last-attempt' }, questions: [] });
  for (const [slug, scoring, keys] of [['m1', 'best', ['a', 'b', 'old']], ['m2', 'last', ['x']]] as const) {
    const moduleId = run('INSERT INTO modules (slug, title, created_at) VALUES (?, ?, 0)', slug, slug.toUpperCase());
    ids[slug] = moduleId;
    run("INSERT INTO module_versions (module_id, version, title, summary, objectives, content_hash, quiz, created_at) VALUES (?, 1, 'Old', '', '[]', 'h', ?, 0)", moduleId, quiz(scoring));
    const v2 = run("INSERT INTO module_versions (module_id, version, title, summary, objectives, content_hash, quiz, created_at) VALUES (?, 2, ?, '', '[]', 'h2', ?, 0)", moduleId, `Module ${slug}`, quiz(scoring));
    ids[`${slug}v`] = v2;
    keys.filter((k) => k !== 'old').forEach((key, i) =>
      run("INSERT INTO published_lessons (version_id, key, position, title, summary, minutes, required, html, sources, attachments) VALUES (?, ?, ?, ?, '', 5, 1, '', '[]', '[]')", v2, key, i, key),
    );
    db.$client.prepare('UPDATE modules SET published_version_id = ? WHERE id = ?').run(v2, moduleId);
    run('INSERT INTO programme_modules (programme_id, module_id, position, required) VALUES (?, ?, ?, 1)', programme, moduleId, slug === 'm1' ? 0 : 1);
  }
  const cohortId = run("INSERT INTO cohorts (name, programme_id, starts_on, ends_on, target_on, time_zone, created_at) VALUES ('C', ?, '2026-01-01', '2026-05-01', '2026-04-11', 'UTC', 0)", programme);
  const people: [string, string, string][] = [['ada', 'Ada Done', 'Fiji'], ['bo', 'Bo Busy', 'Tonga'], ['cy', '=Cy Formula', 'Fiji'], ['di', 'Di Idle', 'Tonga'], ['mo', 'Mo Manager', '']];
  for (const [key, name, country] of people) {
    ids[key] = run("INSERT INTO users (email, name, country, created_at) VALUES (?, ?, ?, 0)", `${key}@example.org`, name, country);
    run('INSERT INTO cohort_members (cohort_id, user_id, role, created_at) VALUES (?, ?, ?, 0)', cohortId, ids[key], key === 'mo' ? 'manager' : 'trainee');
  }
  const done = (user: string, mod: string, key: string, iso: string) => run('INSERT INTO lesson_progress (user_id, module_id, lesson_key, created_at) VALUES (?, ?, ?, ?)', ids[user], ids[mod], key, at(iso));
  const attempt = (user: string, mod: string, no: number, percent: number, iso: string) =>
    run("INSERT INTO quiz_attempts (user_id, module_id, version_id, attempt_no, status, layout, created_at, submitted_at, score, max_score, percent, passed) VALUES (?, ?, ?, ?, 'submitted', '{}', ?, ?, ?, 10, ?, ?)",
      ids[user], ids[mod], ids[`${mod}v`], no, at(iso) - 1000, at(iso), percent / 10, percent, percent >= 70 ? 1 : 0);
  // Ada: everything done (m2 passed on the only attempt).
  done('ada', 'm1', 'a', '2026-01-05T00:00:00Z'); done('ada', 'm1', 'b', '2026-01-06T00:00:00Z');
  attempt('ada', 'm1', 1, 50, '2026-01-07T00:00:00Z'); attempt('ada', 'm1', 2, 90, '2026-01-08T00:00:00Z');
  done('ada', 'm2', 'x', '2026-01-20T00:00:00Z'); attempt('ada', 'm2', 1, 80, '2026-01-21T00:00:00Z');
  // Bo: m1 lessons done, but "last" rule on m2: passed then failed.
  done('bo', 'm1', 'a', '2026-02-10T00:00:00Z'); done('bo', 'm1', 'b', '2026-02-11T00:00:00Z'); attempt('bo', 'm1', 1, 75, '2026-02-12T00:00:00Z');
  done('bo', 'm2', 'x', '2026-02-13T00:00:00Z'); attempt('bo', 'm2', 1, 90, '2026-02-14T00:00:00Z'); attempt('bo', 'm2', 2, 60, '2026-02-15T00:00:00Z');
  // Cy: only a lesson of version 1 that version 2 dropped.
  done('cy', 'm1', 'old', '2026-02-18T00:00:00Z');
  // The facts went in by hand, so compute the standings as a publish would.
  db.transaction((tx) => ['m1', 'm2'].forEach((mod) => refreshModuleStandings(tx, ids[mod]!)));
  return cohortId;
}

beforeEach(() => {
  // Each test's database is new, and its version ids repeat the last one's.
  forgetPublishedContent();
  db = openDatabase(':memory:');
  migrate(db, { migrationsFolder });
  cohort = findReportCohort(db, build())!;
});
afterEach(() => db.$client.close());

describe('loadCohortRows', () => {
  it('computes every trainee of the cohort (not the manager) from the published versions', () => {
    const { modules, rows } = loadCohortRows(db, cohort, now);
    expect(modules.map((m) => [m.slug, m.title, m.lessons.map((l) => l.key), m.scoring])).toEqual([
      ['m1', 'Module m1', ['a', 'b'], 'best'],
      ['m2', 'Module m2', ['x'], 'last'],
    ]);
    const view = Object.fromEntries(rows.map((r) => [r.name, { cells: r.cells.map((c) => [c.state, c.score]), status: r.status, done: r.modulesComplete, last: r.lastActivityAt?.toISOString() ?? null }]));
    expect(view).toEqual({
      'Ada Done': { cells: [['complete', 90], ['complete', 80]], status: 'complete', done: 2, last: '2026-01-21T00:00:00.000Z' },
      'Bo Busy': { cells: [['complete', 75], ['in-progress', 60]], status: 'on-track', done: 1, last: '2026-02-15T00:00:00.000Z' },
      '=Cy Formula': { cells: [['in-progress', null], ['not-started', null]], status: 'at-risk', done: 0, last: '2026-02-18T00:00:00.000Z' },
      'Di Idle': { cells: [['not-started', null], ['not-started', null]], status: 'at-risk', done: 0, last: null },
    });
    const ada = rows.find((r) => r.name === 'Ada Done');
    expect(ada?.cells.map((c) => c.completedAt)).toEqual([at('2026-01-08T00:00:00Z'), at('2026-01-21T00:00:00Z')]);
  });
});

describe('stored standing progress', () => {
  it('keeps each standing\'s completion, percent, completion time and activity, as the cells show them', () => {
    const stored = db.$client
      .prepare('SELECT u.name, s.module_id AS moduleId, s.complete, s.percent, s.completed_at AS completedAt, s.last_activity_at AS lastActivityAt FROM module_standings s JOIN users u ON u.id = s.user_id ORDER BY u.name, s.module_id')
      .all();
    expect(stored).toEqual([
      { name: '=Cy Formula', moduleId: ids.m1, complete: 0, percent: 0, completedAt: null, lastActivityAt: at('2026-02-18T00:00:00Z') },
      { name: 'Ada Done', moduleId: ids.m1, complete: 1, percent: 100, completedAt: at('2026-01-08T00:00:00Z'), lastActivityAt: at('2026-01-08T00:00:00Z') },
      { name: 'Ada Done', moduleId: ids.m2, complete: 1, percent: 100, completedAt: at('2026-01-21T00:00:00Z'), lastActivityAt: at('2026-01-21T00:00:00Z') },
      { name: 'Bo Busy', moduleId: ids.m1, complete: 1, percent: 100, completedAt: at('2026-02-12T00:00:00Z'), lastActivityAt: at('2026-02-12T00:00:00Z') },
      { name: 'Bo Busy', moduleId: ids.m2, complete: 0, percent: 50, completedAt: null, lastActivityAt: at('2026-02-15T00:00:00Z') },
    ]);
  });
});

/** The dashboard from summed standings must say what the full rows say, for any query. */
function expectSameAsFullRows(c: ReportCohort, query: TableQuery) {
  const { modules, rows } = loadCohortRows(db, c, now);
  const fast = loadCohortDashboard(db, c, query, now);
  const page = tablePage(rows, query);
  expect(fast.modules).toEqual(modules);
  expect(fast.summary).toEqual(summariseCohort(rows, modules, moduleTallies(rows, modules)));
  expect(fast.countries).toEqual(countriesOf(rows));
  expect(fast.weeks).toEqual(completionsByWeek(completionDays(rows), c.startsOn, now));
  expect(fast.byCountry).toEqual(completionByCountry(rows, modules));
  expect({ ...fast.page, rows: fast.page.rows.map((r) => r.id) }).toEqual({ ...page, rows: page.rows.map((r) => r.id) });
  expect(fast.page.rows).toEqual(page.rows);
}

describe('loadCohortDashboard', () => {
  it.each<TableQuery>([
    { sort: 'name', dir: 'asc', country: null, status: null, page: 1 },
    { sort: 'activity', dir: 'desc', country: null, status: 'at-risk', page: 1 },
    { sort: 'completion', dir: 'asc', country: 'Fiji', status: null, page: 1 },
    { sort: 'country', dir: 'desc', country: 'Nowhere', status: null, page: 3 },
  ])('agrees with the full rows for %j', (query) => {
    expectSameAsFullRows(cohort, query);
  });

  it('reads only the page\'s assignment statuses, and the programme\'s assignment columns', () => {
    const fast = loadCohortDashboard(db, cohort, { sort: 'name', dir: 'asc', country: null, status: null, page: 1 }, now);
    expect(fast.assignments).toEqual([]);
    expect(fast.page.rows.map((r) => r.name)).toEqual(['=Cy Formula', 'Ada Done', 'Bo Busy', 'Di Idle']);
  });

  it('agrees with the full rows on a synthetic cohort of 240 trainees, over pages, sorts and filters', () => {
    const synthetic = findReportCohort(db, buildSyntheticCohort(db, 240, now).cohortId)!;
    for (const sort of sortKeys) {
      for (const page of [1, 2, 5]) expectSameAsFullRows(synthetic, { sort, dir: page === 2 ? 'desc' : 'asc', country: null, status: null, page });
    }
    expectSameAsFullRows(synthetic, { sort: 'activity', dir: 'desc', country: null, status: 'at-risk', page: 2 });
    expectSameAsFullRows(synthetic, { sort: 'name', dir: 'asc', country: 'Fiji', status: 'on-track', page: 1 });
  });
});

/** The stored cohort sums equal the standings summed in plain code, and the dashboard still says what the full rows say. */
function expectSumsCurrent(c: ReportCohort = cohort) {
  const stored = storedCohortSums(db);
  expect(stored).toEqual(cohortSumsFromStandings(db));
  expectSameAsFullRows(c, { sort: 'name', dir: 'asc', country: null, status: null, page: 1 });
  return stored;
}

describe('stored cohort sums (migration 0016 triggers)', () => {
  const run = (sql: string, ...args: unknown[]) => db.$client.prepare(sql).run(...args);

  it('hold every trainee of the cohort (not the manager) and the module figures', () => {
    const stored = expectSumsCurrent();
    expect(stored.totals.map((t) => t.userId)).toEqual([ids.ada, ids.bo, ids.cy, ids.di]);
    expect(stored.totals.find((t) => t.userId === ids.ada)).toMatchObject({ requiredComplete: 2, requiredPercent: 200, lastActivityAt: at('2026-01-21T00:00:00Z') });
    expect(stored.totals.find((t) => t.userId === ids.di)).toMatchObject({ requiredComplete: 0, requiredPercent: 0, lastActivityAt: null });
  });

  it('follow a trainee who leaves, changes role, comes back, and a new standing', () => {
    run('DELETE FROM cohort_members WHERE cohort_id = ? AND user_id = ?', cohort.id, ids.ada);
    expect(expectSumsCurrent().totals.map((t) => t.userId)).toEqual([ids.bo, ids.cy, ids.di]);
    run("UPDATE cohort_members SET role = 'instructor' WHERE cohort_id = ? AND user_id = ?", cohort.id, ids.bo);
    expectSumsCurrent();
    run("INSERT INTO cohort_members (cohort_id, user_id, role, created_at) VALUES (?, ?, 'trainee', 0)", cohort.id, ids.ada);
    run("UPDATE cohort_members SET role = 'trainee' WHERE cohort_id = ? AND user_id = ?", cohort.id, ids.bo);
    expectSumsCurrent();
    run('INSERT INTO lesson_progress (user_id, module_id, lesson_key, created_at) VALUES (?, ?, ?, ?)', ids.di, ids.m2, 'x', at('2026-02-19T00:00:00Z'));
    db.transaction((tx) => refreshModuleStandings(tx, ids.m2!));
    expect(expectSumsCurrent().totals.find((t) => t.userId === ids.di)?.lastActivityAt).toBe(at('2026-02-19T00:00:00Z'));
  });

  it('follow the programme: a module made optional, removed, added back, and a module first published', () => {
    run('UPDATE programme_modules SET required = 0 WHERE module_id = ?', ids.m2);
    expect(expectSumsCurrent().totals.find((t) => t.userId === ids.ada)).toMatchObject({ requiredComplete: 1, requiredPercent: 100 });
    run('DELETE FROM programme_modules WHERE module_id = ?', ids.m1);
    expectSumsCurrent();
    run('DELETE FROM programme_modules WHERE module_id = ?', ids.m2);
    expect(expectSumsCurrent().totals).toEqual([]);
    run('INSERT INTO programme_modules (programme_id, module_id, position, required) VALUES (?, ?, 0, 1), (?, ?, 1, 1)', cohort.programmeId, ids.m1, cohort.programmeId, ids.m2);
    expectSumsCurrent();
    // A module in the programme before its first version: its standings count once it is published.
    const m3 = Number(run("INSERT INTO modules (slug, title, created_at) VALUES ('m3', 'M3', 0)").lastInsertRowid);
    run('INSERT INTO programme_modules (programme_id, module_id, position, required) VALUES (?, ?, 2, 1)', cohort.programmeId, m3);
    run('INSERT INTO lesson_progress (user_id, module_id, lesson_key, created_at) VALUES (?, ?, ?, ?)', ids.di, m3, 'q', at('2026-02-19T00:00:00Z'));
    db.transaction((tx) => refreshModuleStandings(tx, m3));
    expect(expectSumsCurrent().totals.find((t) => t.userId === ids.di)?.lastActivityAt).toBeNull();
    const v1 = Number(run("INSERT INTO module_versions (module_id, version, title, summary, objectives, content_hash, quiz, created_at) VALUES (?, 1, 'M3', '', '[]', 'h3', NULL, 0)", m3).lastInsertRowid);
    run("INSERT INTO published_lessons (version_id, key, position, title, summary, minutes, required, html, sources, attachments) VALUES (?, 'q', 0, 'Q', '', 5, 1, '', '[]', '[]')", v1);
    db.transaction((tx) => {
      run('UPDATE modules SET published_version_id = ? WHERE id = ?', v1, m3);
      refreshModuleStandings(tx, m3);
    });
    expect(expectSumsCurrent().totals.find((t) => t.userId === ids.di)).toMatchObject({ requiredComplete: 1, lastActivityAt: at('2026-02-19T00:00:00Z') });
  });

  it('count a required module that asks for nothing once, for trainees with and without a standing in it', () => {
    const m3 = Number(run("INSERT INTO modules (slug, title, created_at) VALUES ('m3', 'M3', 0)").lastInsertRowid);
    const v1 = Number(run("INSERT INTO module_versions (module_id, version, title, summary, objectives, content_hash, quiz, created_at) VALUES (?, 1, 'M3', '', '[]', 'h3', NULL, 0)", m3).lastInsertRowid);
    run("INSERT INTO published_lessons (version_id, key, position, title, summary, minutes, required, html, sources, attachments) VALUES (?, 'o', 0, 'O', '', 5, 0, '', '[]', '[]')", v1);
    run('UPDATE modules SET published_version_id = ? WHERE id = ?', v1, m3);
    run('INSERT INTO programme_modules (programme_id, module_id, position, required) VALUES (?, ?, 2, 1)', cohort.programmeId, m3);
    run('INSERT INTO lesson_progress (user_id, module_id, lesson_key, created_at) VALUES (?, ?, ?, ?)', ids.bo, m3, 'o', at('2026-02-19T00:00:00Z'));
    db.transaction((tx) => refreshModuleStandings(tx, m3));
    expectSumsCurrent();
    for (const status of ['complete', 'at-risk', 'on-track'] as const) expectSameAsFullRows(cohort, { sort: 'completion', dir: 'desc', country: null, status, page: 1 });
  });

  it('follow a replaced standing and a module taken back to unpublished', () => {
    run(
      'INSERT OR REPLACE INTO module_standings (user_id, module_id, lessons_done, required_done, attempts, quiz_passed, has_open_attempt, complete, percent, completed_at, last_activity_at) VALUES (?, ?, 2, 2, 0, 0, 0, 1, 100, ?, ?)',
      ids.cy, ids.m1, at('2026-02-19T00:00:00Z'), at('2026-02-19T00:00:00Z'),
    );
    expect(storedCohortSums(db)).toEqual(cohortSumsFromStandings(db));
    run('UPDATE modules SET published_version_id = NULL WHERE id = ?', ids.m2);
    expect(storedCohortSums(db)).toEqual(cohortSumsFromStandings(db));
    expect(storedCohortSums(db).totals.find((t) => t.userId === ids.ada)).toMatchObject({ requiredComplete: 1, lastActivityAt: at('2026-01-08T00:00:00Z') });
  });

  it('drop a deleted trainee and a deleted cohort', () => {
    run('DELETE FROM users WHERE id = ?', ids.bo);
    expect(expectSumsCurrent().totals.map((t) => t.userId)).toEqual([ids.ada, ids.cy, ids.di]);
    run('DELETE FROM cohorts WHERE id = ?', cohort.id);
    expect(storedCohortSums(db)).toEqual({ totals: [], tallies: [] });
    expect(db.$client.prepare('SELECT count(*) AS n FROM cohort_module_tallies').get()).toEqual({ n: 0 });
  });
});

const labels: CsvLabels = {
  columns: { name: 'Name', email: 'Email', country: 'Country', status: 'Status', reasons: 'Why', completion: 'Completion %', modulesComplete: 'Modules', lastActivity: 'Last' },
  moduleState: (t) => `${t}: status`,
  moduleScore: (t) => `${t}: quiz %`,
  status: { complete: 'Complete', 'on-track': 'On track', 'at-risk': 'At risk', 'not-started': 'Not started' },
  reason: { inactive: 'idle', 'behind-pace': 'behind' },
  cell: { complete: 'Complete', 'in-progress': 'In progress', 'not-started': 'Not started' },
};

async function csv(options: { country?: string; status?: 'at-risk'; batchSize?: number }) {
  const stream = cohortCsvStream(db, cohort, { country: options.country ?? null, status: options.status ?? null, now, labels, batchSize: options.batchSize ?? 2 });
  // Decode keeping the byte order mark, which Response.text() would drop.
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await new Response(stream).arrayBuffer());
}

describe('cohortCsvStream', () => {
  it('streams a BOM, the header and every trainee in name order, across batches', async () => {
    const text = await csv({});
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe('Name,Email,Country,Status,Why,Completion %,Modules,Last,Module m1: status,Module m1: quiz %,Module m2: status,Module m2: quiz %');
    expect(lines.slice(1, -1)).toEqual([
      "'=Cy Formula,cy@example.org,Fiji,At risk,behind,0,0,2026-02-18T00:00:00.000Z,In progress,,Not started,",
      'Ada Done,ada@example.org,Fiji,Complete,,100,2,2026-01-21T00:00:00.000Z,Complete,90,Complete,80',
      'Bo Busy,bo@example.org,Tonga,On track,,75,1,2026-02-15T00:00:00.000Z,Complete,75,In progress,60',
      'Di Idle,di@example.org,Tonga,At risk,"idle; behind",0,0,,Not started,,Not started,',
    ]);
    expect(lines.at(-1)).toBe('');
  });

  it.each([
    [{ country: 'Tonga' }, ['Bo Busy', 'Di Idle']],
    [{ status: 'at-risk' as const }, ["'=Cy Formula", 'Di Idle']],
    [{ country: 'Fiji', status: 'at-risk' as const, batchSize: 1 }, ["'=Cy Formula"]],
  ])('filters %j', async (options, names) => {
    const lines = (await csv(options)).slice(1).split('\r\n').slice(1, -1);
    expect(lines.map((l) => l.split(',')[0])).toEqual(names);
  });
});
