/**
 * The living cohort's feedback surveys, played through the same commands as
 * the app: a named survey of the leadership seminar (closed, with answers and
 * three quotes picked for the programme report) and an anonymous survey of
 * the online-services workshop (still open, partly answered), so results,
 * the To-do list and the programme report have something to show.
 * Idempotent: a survey that already exists is left alone.
 */
import { and, eq } from 'drizzle-orm';
import { saveSurvey, saveSurveyResponse, setReportQuote } from '@/lib/commands/surveys';
import type { SurveyQuestion } from '@/lib/domain/surveys/questions';
import type { AppDatabase } from './connection';
import { seededRandom } from './demo-cohort-data';
import { events, surveyResponses, surveys } from './schema';

const DAY = 86_400_000;

/** The questions both demo surveys ask, in the manner of UNPOG's participant feedback. */
const questions: SurveyQuestion[] = [
  { key: 'q1', kind: 'rating', prompt: 'Overall, how satisfied are you with this session?', required: true, lowLabel: 'Not at all satisfied', highLabel: 'Very satisfied', overall: true },
  { key: 'q2', kind: 'single', prompt: 'How was the pace?', required: true, options: [{ key: 'o1', label: 'Too slow' }, { key: 'o2', label: 'About right' }, { key: 'o3', label: 'Too fast' }] },
  {
    key: 'q3',
    kind: 'multiple',
    prompt: 'Which parts were most useful for your work?',
    required: false,
    options: [{ key: 'o1', label: 'Country cases' }, { key: 'o2', label: 'Group exercises' }, { key: 'o3', label: 'Questions to the speakers' }, { key: 'o4', label: 'Meeting peers from other countries' }],
  },
  { key: 'q4', kind: 'text', prompt: 'What will you apply in your ministry or agency?', required: false },
];

/** Free-text answers; the first three come from respondents who agreed to be quoted and are picked for the report. */
const texts = [
  'The discussion on the CIO mandate changed how I will present our e-services plan to the deputy minister: budget authority first, then the projects.',
  'Hearing how other ministries coordinate across sectors gave us a model for our own interministerial ICT committee.',
  'We will publish our first open datasets this year and use the criteria from the session to choose them.',
  'More time for group exercises would help.',
  'The case of the one-stop portal was the most relevant for our agency.',
  'I will share the slides with my team and plan a short internal workshop.',
];

export interface SurveyMember {
  userId: number;
  active: boolean;
}

/** Seeds the two surveys of the cohort (once each). */
export function seedDemoSurveys(context: { db: AppDatabase; now: Date; managerId: number; cohortId: number; members: readonly SurveyMember[] }): void {
  const { db, now, managerId, cohortId } = context;
  const eventNamed = (title: string) => db.select({ id: events.id, endsAt: events.endsAt }).from(events).where(and(eq(events.cohortId, cohortId), eq(events.title, title))).get();
  const exists = (title: string) => Boolean(db.select({ id: surveys.id }).from(surveys).where(and(eq(surveys.cohortId, cohortId), eq(surveys.title, title))).get());
  const active = context.members.filter((m) => m.active);

  const seminar = eventNamed('Seminar: the government CIO and leadership');
  const seminarTitle = 'Seminar feedback: the government CIO and leadership';
  if (seminar && !exists(seminarTitle)) {
    const closesAt = new Date(seminar.endsAt.getTime() + 14 * DAY);
    const surveyId = create(seminarTitle, seminar.id, false, seminar.endsAt, closesAt, context);
    const respondents = active.slice(0, Math.ceil(active.length * 0.7));
    respondents.forEach((member, i) => respond(surveyId, member.userId, i, new Date(seminar.endsAt.getTime() + (1 + (i % 10)) * DAY)));
    const quoted = db.select({ id: surveyResponses.id }).from(surveyResponses).where(and(eq(surveyResponses.surveyId, surveyId), eq(surveyResponses.quotable, true))).all();
    for (const { id } of quoted.slice(0, 3)) setReportQuote({ surveyId, responseId: id, questionKey: 'q4', selected: true, actorId: managerId, now: closesAt });
  }

  const workshop = eventNamed('Workshop: planning online services');
  const workshopTitle = 'Workshop feedback: planning online services';
  if (workshop && !exists(workshopTitle) && workshop.endsAt.getTime() < now.getTime()) {
    const surveyId = create(workshopTitle, workshop.id, true, workshop.endsAt, new Date(now.getTime() + 10 * DAY), context);
    // Every third active trainee has answered so far; the others still see it in their To-do list.
    active.filter((_, i) => i % 3 === 0).forEach((member, i) => respond(surveyId, member.userId, i + 7, new Date(Math.min(now.getTime() - DAY, workshop.endsAt.getTime() + (1 + i) * DAY))));
  }
}

function create(title: string, eventId: number, anonymous: boolean, opensAt: Date, closesAt: Date, context: { managerId: number; cohortId: number }): number {
  return saveSurvey({
    surveyId: null,
    fields: { cohortId: context.cohortId, title, intro: 'Your answers help us improve the next sessions of the programme.', targetKind: 'event', eventId, moduleId: null, anonymous, questions, opensAt, closesAt },
    actorId: context.managerId,
    now: opensAt,
  });
}

/** One submitted response, mostly positive, the first three willing to be quoted. */
function respond(surveyId: number, userId: number, index: number, at: Date): void {
  const random = seededRandom(500 + index);
  const rating = [5, 4, 4, 5, 3, 4, 2, 5][index % 8]!;
  const answers: Record<string, unknown> = {
    q1: rating,
    q2: random() < 0.7 ? 'o2' : random() < 0.5 ? 'o1' : 'o3',
    q3: ['o1', 'o2', 'o3', 'o4'].filter(() => random() < 0.5),
  };
  if (index < texts.length) answers.q4 = texts[index];
  saveSurveyResponse({ surveyId, userId, answers, quotable: index < 3, submit: true, moduleCompleted: false, now: at });
}
