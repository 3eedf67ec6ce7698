import 'server-only';
import type { AppDatabase } from '../connection';

/** Every record the platform keeps about one trainee, as plain rows (times in Unix ms). */
export interface TraineeRecord {
  profile: Record<string, unknown>;
  cohorts: Record<string, unknown>[];
  programmeEnrolments: Record<string, unknown>[];
  enrolments: Record<string, unknown>[];
  lessonProgress: Record<string, unknown>[];
  attempts: Record<string, unknown>[];
  certificates: Record<string, unknown>[];
  attendance: Record<string, unknown>[];
}

/** True when the user is a trainee of the cohort. */
export function isCohortTrainee(db: AppDatabase, cohortId: number, userId: number): boolean {
  return Boolean(db.$client.prepare("SELECT 1 FROM cohort_members WHERE cohort_id = ? AND user_id = ? AND role = 'trainee'").get(cohortId, userId));
}

/** The modules of the requesting cohort's programme: learning elsewhere is none of its business. */
const PROGRAMME_MODULES = 'SELECT module_id FROM programme_modules WHERE programme_id = @programmeId';

/** Whose record, as seen from which cohort (and that cohort's programme). */
export interface RecordScope {
  cohortId: number;
  programmeId: number;
}

const sections: Record<Exclude<keyof TraineeRecord, 'profile'>, string> = {
  cohorts: `SELECT c.name AS cohort, p.title AS programme, cm.role, cm.created_at AS addedAt
    FROM cohort_members cm JOIN cohorts c ON c.id = cm.cohort_id JOIN programmes p ON p.id = c.programme_id
    WHERE cm.user_id = @userId AND cm.cohort_id = @cohortId ORDER BY c.starts_on, c.name`,
  programmeEnrolments: `SELECT p.slug AS programme, p.title, pe.created_at AS enrolledAt
    FROM programme_enrolments pe JOIN programmes p ON p.id = pe.programme_id
    WHERE pe.user_id = @userId AND pe.programme_id = @programmeId ORDER BY pe.created_at`,
  enrolments: `SELECT m.slug AS module, m.title, e.source, e.created_at AS enrolledAt
    FROM enrolments e JOIN modules m ON m.id = e.module_id
    WHERE e.user_id = @userId AND e.module_id IN (${PROGRAMME_MODULES}) ORDER BY e.created_at, e.id`,
  lessonProgress: `SELECT m.slug AS module, lp.lesson_key AS lesson, pl.title, lp.created_at AS completedAt
    FROM lesson_progress lp JOIN modules m ON m.id = lp.module_id
    LEFT JOIN published_lessons pl ON pl.version_id = m.published_version_id AND pl.key = lp.lesson_key
    WHERE lp.user_id = @userId AND lp.module_id IN (${PROGRAMME_MODULES}) ORDER BY lp.created_at, m.slug, lp.lesson_key`,
  attempts: `SELECT m.slug AS module, qa.attempt_no AS attemptNo, mv.version, qa.status, qa.created_at AS startedAt,
      qa.submitted_at AS submittedAt, qa.score, qa.max_score AS maxScore, qa.percent, qa.passed
    FROM quiz_attempts qa JOIN modules m ON m.id = qa.module_id JOIN module_versions mv ON mv.id = qa.version_id
    WHERE qa.user_id = @userId AND qa.module_id IN (${PROGRAMME_MODULES}) ORDER BY m.slug, qa.attempt_no`,
  certificates: `SELECT code, programme_title AS programme, holder_name AS holderName, created_at AS issuedAt
    FROM certificates WHERE user_id = @userId AND programme_id = @programmeId ORDER BY created_at`,
  attendance: `SELECT c.name AS cohort, ev.title AS event, ev.kind, ev.starts_at AS startsAt, ea.status, ea.recorded_at AS recordedAt
    FROM event_attendance ea JOIN events ev ON ev.id = ea.event_id JOIN cohorts c ON c.id = ev.cohort_id
    WHERE ea.user_id = @userId AND ev.cohort_id = @cohortId ORDER BY ev.starts_at`,
};

/**
 * The trainee's record as far as one cohort may see it: their profile, their
 * membership of and attendance in that cohort, and their learning in that
 * cohort's programme (never other cohorts or programmes). Null for an unknown
 * user. Never includes password or token hashes.
 */
export function loadTraineeRecord(db: AppDatabase, userId: number, scope: RecordScope): TraineeRecord | null {
  const profile = db.$client
    .prepare(
      `SELECT id, name, email, country, ministry, job_title AS jobTitle, preferred_language AS preferredLanguage,
              active, created_at AS createdAt, last_active_at AS lastActiveAt FROM users WHERE id = ?`,
    )
    .get(userId) as Record<string, unknown> | undefined;
  if (!profile) return null;
  const rows = (sql: string) => db.$client.prepare(sql).all({ userId, ...scope }) as Record<string, unknown>[];
  return {
    profile,
    cohorts: rows(sections.cohorts),
    programmeEnrolments: rows(sections.programmeEnrolments),
    enrolments: rows(sections.enrolments),
    lessonProgress: rows(sections.lessonProgress),
    attempts: rows(sections.attempts),
    certificates: rows(sections.certificates),
    attendance: rows(sections.attendance),
  };
}
