import { fileURLToPath } from 'node:url';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type AppDatabase } from '@/db/connection';
import { cohortMembers, cohorts, events, programmes, surveyReportQuotes, surveyResponses, users } from '@/db/schema';
import { sampleQuestions } from '@/lib/domain/surveys/fixtures.test-data';
import { saveSurvey, saveSurveyResponse, setReportQuote } from './surveys';

const migrationsFolder = fileURLToPath(new URL('../../db/migrations', import.meta.url));
const holder = globalThis as unknown as { __cioDb?: AppDatabase };
const at = (iso: string) => new Date(iso);

let db: AppDatabase;
let traineeId: number;
let managerId: number;
let surveyId: number;

const responses = () => db.select().from(surveyResponses).all();
const answer = (answers: Record<string, unknown>, submit: boolean, now = at('2026-10-05T00:00:00Z'), quotable = true) =>
  saveSurveyResponse({ surveyId, userId: traineeId, answers, quotable, submit, moduleCompleted: false, now });

beforeEach(() => {
  db = openDatabase(':memory:');
  migrate(db, { migrationsFolder });
  holder.__cioDb = db;
  traineeId = db.insert(users).values({ email: 't@example.org', name: 'Habiba Noori', role: 'trainee', country: 'Afghanistan' }).returning().get().id;
  managerId = db.insert(users).values({ email: 'm@example.org', name: 'M', role: 'manager' }).returning().get().id;
  const programmeId = db.insert(programmes).values({ slug: 'p', title: 'P' }).returning().get().id;
  const cohortId = db.insert(cohorts).values({ name: 'C', programmeId, startsOn: '2026-09-01', endsOn: '2026-12-01', targetOn: '2026-11-01', timeZone: 'Asia/Kabul' }).returning().get().id;
  db.insert(cohortMembers).values({ cohortId, userId: traineeId, role: 'trainee' }).run();
  const eventId = db.insert(events).values({ cohortId, title: 'Workshop', kind: 'workshop', startsAt: at('2026-10-02T04:00:00Z'), endsAt: at('2026-10-02T08:00:00Z') }).returning().get().id;
  surveyId = saveSurvey({
    surveyId: null,
    fields: { cohortId, title: 'Workshop feedback', intro: '', targetKind: 'event', eventId, moduleId: null, anonymous: false, questions: sampleQuestions, opensAt: at('2026-10-01T00:00:00Z'), closesAt: at('2026-10-15T00:00:00Z') },
    actorId: managerId,
    now: at('2026-09-20T00:00:00Z'),
  });
});
afterEach(() => {
  db.$client.close();
  delete holder.__cioDb;
});

describe('saveSurveyResponse', () => {
  it('saves a draft, then the submission, in one row per trainee and survey', () => {
    expect(answer({ q1: 4 }, false)).toMatchObject({ ok: true, submitted: false });
    expect(answer({ q1: 5, q4: 'A one-stop portal' }, true)).toMatchObject({ ok: true, submitted: true });
    expect(responses()).toHaveLength(1);
    expect(responses()[0]).toMatchObject({ answers: { q1: 5, q4: 'A one-stop portal' }, quotable: true });
  });

  it('saves nothing for a rating of 0 or 6, or an empty required answer', () => {
    expect(answer({ q1: 0, q4: 'x' }, true)).toEqual({ ok: false, issues: [{ questionKey: 'q1', problem: 'rating-range' }] });
    expect(answer({ q1: 6, q4: 'x' }, false)).toEqual({ ok: false, issues: [{ questionKey: 'q1', problem: 'rating-range' }] });
    expect(answer({ q1: 3, q4: '' }, true)).toEqual({ ok: false, issues: [{ questionKey: 'q4', problem: 'required' }] });
    expect(responses()).toEqual([]);
  });

  it('keeps a submitted response submitted: a change must still answer the required questions', () => {
    answer({ q1: 5, q4: 'Portal' }, true);
    expect(answer({ q1: 2, q4: '' }, false)).toEqual({ ok: false, issues: [{ questionKey: 'q4', problem: 'required' }] });
    expect(answer({ q1: 2, q4: 'Portal' }, false)).toMatchObject({ ok: true, submitted: true });
    expect(responses()[0]?.answers).toEqual({ q1: 2, q4: 'Portal' });
  });

  it('refuses any save before the event ends and once the survey has closed, leaving the response as it was', () => {
    const before = () => answer({ q1: 3 }, false, at('2026-10-02T07:59:00Z'));
    expect(before).toThrow(expect.objectContaining({ code: 'conflict:survey-not-open' }));
    answer({ q1: 5, q4: 'Portal' }, true);
    expect(() => answer({ q1: 1, q4: 'Changed' }, true, at('2026-10-15T00:00:00Z'))).toThrow(expect.objectContaining({ code: 'conflict:survey-closed' }));
    expect(responses()[0]?.answers).toEqual({ q1: 5, q4: 'Portal' });
  });
});

describe('saveSurvey and report quotes', () => {
  it('fixes the questions once someone has answered, but still lets the dates change', () => {
    answer({ q1: 4 }, false);
    const survey = { cohortId: 1, title: 'Workshop feedback', intro: '', targetKind: 'event' as const, eventId: 1, moduleId: null, anonymous: false, opensAt: at('2026-10-01T00:00:00Z') };
    expect(() => saveSurvey({ surveyId, fields: { ...survey, questions: sampleQuestions.slice(0, 2), closesAt: at('2026-10-20T00:00:00Z') }, actorId: managerId, now: at('2026-10-06T00:00:00Z') })).toThrow(
      expect.objectContaining({ code: 'conflict:survey-started' }),
    );
    expect(saveSurvey({ surveyId, fields: { ...survey, questions: sampleQuestions, closesAt: at('2026-10-20T00:00:00Z') }, actorId: managerId, now: at('2026-10-06T00:00:00Z') })).toBe(surveyId);
  });

  it('quotes only a respondent who agreed, and withdrawing consent removes their quotes', () => {
    answer({ q1: 5, q4: 'Portal' }, true);
    const responseId = responses()[0]!.id;
    setReportQuote({ surveyId, responseId, questionKey: 'q4', selected: true, actorId: managerId, now: at('2026-10-06T00:00:00Z') });
    expect(db.select().from(surveyReportQuotes).all()).toHaveLength(1);
    answer({ q1: 5, q4: 'Portal' }, true, at('2026-10-07T00:00:00Z'), false);
    expect(db.select().from(surveyReportQuotes).all()).toHaveLength(0);
    expect(() => setReportQuote({ surveyId, responseId, questionKey: 'q4', selected: true, actorId: managerId, now: at('2026-10-08T00:00:00Z') })).toThrow(
      expect.objectContaining({ code: 'forbidden:not-quotable' }),
    );
  });
});
