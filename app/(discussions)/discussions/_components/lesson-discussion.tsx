import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { cohortsWithModule, findDiscussionId } from '@/db/queries/discussions';
import type { SessionUser } from '@/db/queries/users';
import { discussionAccessIn } from '@/lib/auth/discussion-guards';
import { isolate } from '@/lib/i18n/bidi';
import { DiscussionPlace } from './discussion-place';

interface Props {
  user: SessionUser;
  moduleId: number;
  moduleSlug: string;
  lessonKey: string;
  /** The cohort asked for in `?cohort=`, when the trainee is in several that study the module. */
  requestedCohort: string | undefined;
}

/** Threads shown under a lesson; the rest are on the lesson discussion's own page. */
const SHORT_LIST = 10;

/**
 * The lesson's discussion in the trainee's cohort, rendered on the server
 * below the lesson (the page streams it in after the lesson itself). A
 * trainee in several cohorts that study the module picks which one.
 */
export async function LessonDiscussion({ user, moduleId, moduleSlug, lessonKey, requestedCohort }: Props) {
  const t = await getTranslations('discussions');
  const cohorts = cohortsWithModule(user.id, moduleId);
  const chosen = cohorts.find((cohort) => String(cohort.id) === requestedCohort) ?? cohorts[0];
  const access = chosen ? discussionAccessIn(user, chosen.id) : null;
  const lessonHref = `/modules/${moduleSlug}/lessons/${lessonKey}`;
  const discussionId = chosen ? findDiscussionId(chosen.id, { kind: 'lesson', moduleId, lessonKey }) : null;
  return (
    <section aria-labelledby="lesson-discussion" className="space-y-4 border-t border-slate-200 pt-6">
      <h2 id="lesson-discussion" className="text-xl font-semibold">
        {t('lessonHeading')}
      </h2>
      {!chosen || !access ? (
        <p>{t('noCohort')}</p>
      ) : (
        <>
          {cohorts.length > 1 && (
            <nav aria-labelledby="choose-cohort" className="space-y-1">
              <p id="choose-cohort">{t('chooseCohort')}</p>
              <ul className="flex flex-wrap gap-x-4">
                {cohorts.map((cohort) => (
                  <li key={cohort.id}>
                    <Link
                      href={`${lessonHref}?cohort=${cohort.id}#lesson-discussion`}
                      aria-current={cohort.id === chosen.id ? 'true' : undefined}
                      dir="auto"
                      className={cohort.id === chosen.id ? 'font-semibold' : 'text-brand-700 underline'}
                    >
                      {cohort.name}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
          )}
          <p>{t('lessonIntro', { cohort: isolate(chosen.name) })}</p>
          <DiscussionPlace
            cohortId={chosen.id}
            timeZone={chosen.timeZone}
            discussionId={discussionId}
            place={{ moduleSlug, lessonKey }}
            viewer={access.viewer}
            list={{ kind: 'short', size: SHORT_LIST, allHref: discussionId === null ? null : `/discussions/lessons/${discussionId}` }}
            level={3}
          />
        </>
      )}
    </section>
  );
}
