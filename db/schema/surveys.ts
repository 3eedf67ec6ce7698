import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { createdAt, id, timestamp } from './columns';
import { cohorts, events } from './cohorts';
import { modules } from './content';
import { users } from './users';
import { surveyTargetKinds, type SurveyAnswers, type SurveyQuestion } from '../../lib/domain/surveys/questions';

export { surveyTargetKinds };

/**
 * A feedback survey of one cohort, about an event, a module or the cohort as
 * a whole. Its questions are kept with it (keys are stable, answers refer to
 * them); they can change only while no response has been submitted.
 */
export const surveys = sqliteTable(
  'surveys',
  {
    id: id(),
    cohortId: integer('cohort_id')
      .notNull()
      .references(() => cohorts.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    intro: text('intro').notNull().default(''),
    targetKind: text('target_kind', { enum: surveyTargetKinds }).notNull(),
    eventId: integer('event_id').references(() => events.id, { onDelete: 'cascade' }),
    moduleId: integer('module_id').references(() => modules.id, { onDelete: 'cascade' }),
    anonymous: integer('anonymous', { mode: 'boolean' }).notNull(),
    questions: text('questions', { mode: 'json' }).$type<SurveyQuestion[]>().notNull(),
    opensAt: timestamp('opens_at').notNull(),
    closesAt: timestamp('closes_at').notNull(),
    createdById: integer('created_by_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at').notNull(),
  },
  (t) => [index('surveys_cohort_idx').on(t.cohortId, t.closesAt)],
);

/**
 * One trainee's response: a draft while they answer (saved as they go), then
 * submitted; editable until the survey closes. The user is kept even for an
 * anonymous survey, so each person answers once and can come back to it;
 * results and exports of an anonymous survey never show it.
 */
export const surveyResponses = sqliteTable(
  'survey_responses',
  {
    id: id(),
    surveyId: integer('survey_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    answers: text('answers', { mode: 'json' }).$type<SurveyAnswers>().notNull(),
    /** The respondent agreed that their free-text answers may be quoted in the programme report. */
    quotable: integer('quotable', { mode: 'boolean' }).notNull().default(false),
    submittedAt: timestamp('submitted_at'),
    updatedAt: timestamp('updated_at').notNull(),
  },
  (t) => [uniqueIndex('survey_responses_survey_user_unique').on(t.surveyId, t.userId), index('survey_responses_user_idx').on(t.userId)],
);

/** A free-text answer a manager picked for the programme report (only from a respondent who agreed to be quoted). */
export const surveyReportQuotes = sqliteTable(
  'survey_report_quotes',
  {
    responseId: integer('response_id')
      .notNull()
      .references(() => surveyResponses.id, { onDelete: 'cascade' }),
    questionKey: text('question_key').notNull(),
    markedById: integer('marked_by_id').references(() => users.id, { onDelete: 'set null' }),
    markedAt: timestamp('marked_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.responseId, t.questionKey] })],
);

export type Survey = typeof surveys.$inferSelect;
export type SurveyResponseRow = typeof surveyResponses.$inferSelect;
