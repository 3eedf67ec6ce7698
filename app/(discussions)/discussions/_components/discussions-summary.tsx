import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { cohortDiscussionsFor } from '@/db/queries/discussions';

interface Props {
  userId: number;
  /** On My learning a section with its own heading; on the discussions page the list under the page's heading. */
  headingLevel?: 2;
  /** What to say when the user is in no cohort (nothing at all is shown when absent). */
  emptyText?: string;
}

/**
 * Each of the user's cohorts: its forum's unread posts and those of its
 * lesson discussions, and for the cohort's instructors and managers a link
 * to the moderation queue. On My learning and on the discussions page.
 */
export async function DiscussionsSummary({ userId, headingLevel, emptyText }: Props) {
  const cohorts = cohortDiscussionsFor(userId);
  const t = await getTranslations('discussions');
  if (cohorts.length === 0) return emptyText ? <p>{emptyText}</p> : null;
  return (
    <section aria-labelledby="my-discussions" className="space-y-2">
      <h2 id="my-discussions" className={headingLevel ? 'sr-only' : 'text-lg font-semibold'}>
        {t('myLearningHeading')}
      </h2>
      <ul className="space-y-2">
        {cohorts.map((cohort) => (
          <li key={cohort.cohortId} className="rounded border border-slate-200 bg-white p-3">
            <p className="flex flex-wrap items-center gap-2">
              <Link href={`/discussions/cohorts/${cohort.cohortId}`} dir="auto" className="font-semibold text-brand-700 underline">
                {t('forumLink', { cohort: cohort.cohortName })}
              </Link>
              <span
                className={
                  cohort.forumUnread > 0 ? 'rounded bg-red-100 px-1.5 py-0.5 text-sm font-medium text-red-900' : 'text-sm text-slate-700'
                }
              >
                {t('unread', { count: cohort.forumUnread })}
              </span>
            </p>
            <p className="text-sm text-slate-700">{t('lessonsUnread', { count: cohort.lessonsUnread })}</p>
            {cohort.memberRole !== 'trainee' && (
              <p className="text-sm">
                <Link href={`/discussions/cohorts/${cohort.cohortId}/moderation`} className="text-brand-700 underline">
                  {t('moderationLink')}
                </Link>
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
