import 'server-only';
import { and, asc, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { getDb } from '../index';
import { cohortMembers, cohorts, events, modules, surveyReportQuotes, surveyResponses, surveys, users, type Survey } from '../schema';
import type { SyncDatabase } from './module-draft';

/** A survey with what it is attached to and its cohort's name and time zone. */
export interface SurveyDetail extends Survey {
  cohortName: string;
  programmeId: number;
  timeZone: string;
  eventTitle: string | null;
  eventEndsAt: Date | null;
  moduleTitle: string | null;
  moduleSlug: string | null;
}

const detailColumns = {
  survey: surveys,
  cohortName: cohorts.name,
  programmeId: cohorts.programmeId,
  timeZone: cohorts.timeZone,
  eventTitle: events.title,
  eventEndsAt: events.endsAt,
  moduleTitle: modules.title,
  moduleSlug: modules.slug,
};

function detailQuery(db: SyncDatabase) {
  return db
    .select(detailColumns)
    .from(surveys)
    .innerJoin(cohorts, eq(cohorts.id, surveys.cohortId))
    .leftJoin(events, eq(events.id, surveys.eventId))
    .leftJoin(modules, eq(modules.id, surveys.moduleId));
}

function flatten(row: { survey: Survey } & Omit<SurveyDetail, keyof Survey>): SurveyDetail {
  const { survey, ...rest } = row;
  return { ...survey, ...rest };
}

/** One survey with its cohort and target, or null. Pass `db` inside a transaction. */
export function getSurvey(id: number, db: SyncDatabase = getDb()): SurveyDetail | null {
  const row = detailQuery(db).where(eq(surveys.id, id)).get();
  return row ? flatten(row) : null;
}

/** The surveys of the given cohorts (or of every cohort), latest closing first. */
export function listSurveys(input: { all: boolean; cohortIds: readonly number[] }): (SurveyDetail & { submitted: number })[] {
  if (!input.all && input.cohortIds.length === 0) return [];
  const db = getDb();
  const rows = detailQuery(db)
    .where(input.all ? undefined : inArray(surveys.cohortId, [...input.cohortIds]))
    .orderBy(desc(surveys.closesAt), asc(surveys.title))
    .all()
    .map(flatten);
  const counts = new Map(
    db
      .select({ surveyId: surveyResponses.surveyId, n: sql<number>`count(*)` })
      .from(surveyResponses)
      .where(isNotNull(surveyResponses.submittedAt))
      .groupBy(surveyResponses.surveyId)
      .all()
      .map((r) => [r.surveyId, r.n]),
  );
  return rows.map((row) => ({ ...row, submitted: counts.get(row.id) ?? 0 }));
}

/** Cohorts whose surveys the user may run: all for an administrator, else those they manage or teach. */
export function surveyCohorts(input: { userId: number; all: boolean }): { id: number; name: string; timeZone: string; programmeId: number }[] {
  const db = getDb();
  const columns = { id: cohorts.id, name: cohorts.name, timeZone: cohorts.timeZone, programmeId: cohorts.programmeId };
  if (input.all) return db.select(columns).from(cohorts).orderBy(asc(cohorts.name)).all();
  return db
    .select(columns)
    .from(cohorts)
    .innerJoin(cohortMembers, eq(cohortMembers.cohortId, cohorts.id))
    .where(and(eq(cohortMembers.userId, input.userId), inArray(cohortMembers.role, ['manager', 'instructor'])))
    .orderBy(asc(cohorts.name))
    .all();
}

/** What a cohort's survey may be attached to: its events and its programme's modules. */
export function surveyTargets(cohortId: number): { events: { id: number; title: string; endsAt: Date }[]; modules: { id: number; title: string }[] } {
  const db = getDb();
  const cohort = db.select({ programmeId: cohorts.programmeId }).from(cohorts).where(eq(cohorts.id, cohortId)).get();
  return {
    events: db.select({ id: events.id, title: events.title, endsAt: events.endsAt }).from(events).where(eq(events.cohortId, cohortId)).orderBy(asc(events.startsAt)).all(),
    modules: cohort
      ? db.$client
          .prepare('SELECT m.id, m.title FROM programme_modules pm JOIN modules m ON m.id = pm.module_id WHERE pm.programme_id = ? ORDER BY pm.position')
          .all(cohort.programmeId) as { id: number; title: string }[]
      : [],
  };
}

/** The number of trainees of a cohort: those a survey of it is for. */
export function countCohortTrainees(cohortId: number): number {
  const row = getDb().$client.prepare("SELECT count(*) AS n FROM cohort_members WHERE cohort_id = ? AND role = 'trainee'").get(cohortId) as { n: number };
  return row.n;
}

/** A trainee's own response to a survey, or null. Pass `db` inside a transaction. */
export function findOwnResponse(surveyId: number, userId: number, db: SyncDatabase = getDb()) {
  return (
    db
      .select()
      .from(surveyResponses)
      .where(and(eq(surveyResponses.surveyId, surveyId), eq(surveyResponses.userId, userId)))
      .get() ?? null
  );
}

/** Submitted responses with the respondent's name and country (the caller drops names of an anonymous survey). */
export function listSubmittedResponses(surveyId: number) {
  return getDb()
    .select({
      responseId: surveyResponses.id,
      name: users.name,
      country: users.country,
      answers: surveyResponses.answers,
      quotable: surveyResponses.quotable,
      submittedAt: surveyResponses.submittedAt,
    })
    .from(surveyResponses)
    .innerJoin(users, eq(users.id, surveyResponses.userId))
    .where(and(eq(surveyResponses.surveyId, surveyId), isNotNull(surveyResponses.submittedAt)))
    .orderBy(asc(users.name))
    .all();
}

/** Surveys of the cohorts a trainee belongs to, with their own response's state, for the To-do list. */
export function listTraineeSurveys(userId: number) {
  return getDb()
    .select({
      id: surveys.id,
      title: surveys.title,
      targetKind: surveys.targetKind,
      opensAt: surveys.opensAt,
      closesAt: surveys.closesAt,
      timeZone: cohorts.timeZone,
      eventEndsAt: events.endsAt,
      moduleSlug: modules.slug,
      submittedAt: surveyResponses.submittedAt,
      responseId: surveyResponses.id,
    })
    .from(surveys)
    .innerJoin(cohorts, eq(cohorts.id, surveys.cohortId))
    .innerJoin(cohortMembers, and(eq(cohortMembers.cohortId, surveys.cohortId), eq(cohortMembers.userId, userId), eq(cohortMembers.role, 'trainee')))
    .leftJoin(events, eq(events.id, surveys.eventId))
    .leftJoin(modules, eq(modules.id, surveys.moduleId))
    .leftJoin(surveyResponses, and(eq(surveyResponses.surveyId, surveys.id), eq(surveyResponses.userId, userId)))
    .all();
}

/** True once any trainee has saved an answer (a draft counts): the questions are then fixed. */
export function surveyHasResponses(surveyId: number): boolean {
  return Boolean(getDb().select({ id: surveyResponses.id }).from(surveyResponses).where(eq(surveyResponses.surveyId, surveyId)).get());
}

/** Submitted answers of the given cohorts' surveys, with the survey's questions, for the programme report. */
export function submittedAnswersOfCohorts(db: SyncDatabase, cohortIds: readonly number[]) {
  if (cohortIds.length === 0) return [];
  return db
    .select({ cohortId: surveys.cohortId, questions: surveys.questions, answers: surveyResponses.answers })
    .from(surveyResponses)
    .innerJoin(surveys, eq(surveys.id, surveyResponses.surveyId))
    .where(and(inArray(surveys.cohortId, [...cohortIds]), isNotNull(surveyResponses.submittedAt)))
    .all();
}

/** The answers marked as report quotes in the given cohorts, with who said them (the caller hides names of anonymous surveys). */
export function reportQuotesOfCohorts(db: SyncDatabase, cohortIds: readonly number[]) {
  if (cohortIds.length === 0) return [];
  return db
    .select({
      cohortId: surveys.cohortId,
      anonymous: surveys.anonymous,
      questionKey: surveyReportQuotes.questionKey,
      answers: surveyResponses.answers,
      quotable: surveyResponses.quotable,
      name: users.name,
      country: users.country,
      markedAt: surveyReportQuotes.markedAt,
    })
    .from(surveyReportQuotes)
    .innerJoin(surveyResponses, eq(surveyResponses.id, surveyReportQuotes.responseId))
    .innerJoin(surveys, eq(surveys.id, surveyResponses.surveyId))
    .innerJoin(users, eq(users.id, surveyResponses.userId))
    .where(and(inArray(surveys.cohortId, [...cohortIds]), isNotNull(surveyResponses.submittedAt)))
    .orderBy(asc(surveyReportQuotes.markedAt))
    .all();
}
