import { getTranslations } from 'next-intl/server';
import { cardClass } from '@/components/ui/card';
import type { AssignmentSubmissionRow } from '@/db/schema';
import type { RubricCriterion } from '@/lib/domain/assignments/rubric';
import { formatDate } from '@/lib/i18n/format';

/**
 * Every version of a trainee's work, newest first: when it was sent (and
 * whether late), its files, and once graded the status, points, the level
 * chosen for each criterion and the feedback.
 */
export async function VersionList({ versions, rubric, locale, timeZone, headingLevel = 'h3' }: {
  versions: readonly AssignmentSubmissionRow[];
  rubric: readonly RubricCriterion[];
  locale: string;
  timeZone: string;
  headingLevel?: 'h2' | 'h3';
}) {
  const t = await getTranslations('assignments');
  const Heading = headingLevel;
  const levelTitle = (criterion: RubricCriterion, index: number | undefined) => (index === undefined ? '' : (criterion.levels[index]?.title ?? ''));
  return (
    <ol className="space-y-3">
      {versions.map((version) => (
        <li key={version.id} className={cardClass({ padding: 'sm', className: 'space-y-2' })}>
          <Heading className="font-semibold">
            {t('version', { number: version.versionNo })} · {t(`status.${version.status}`)}
            {version.late && <span className="ms-2 rounded bg-amber-100 px-2 text-amber-900">{t('late')}</span>}
          </Heading>
          <p className="text-sm">
            {version.submittedAt ? t('submittedAt', { date: formatDate(locale, version.submittedAt, { timeZone, withTime: true }) }) : t('notSubmitted')}
          </p>
          {version.files.length > 0 && (
            <ul className="list-disc ps-6 text-sm">
              {version.files.map((file) => (
                <li key={file.path}>
                  <a className="text-brand-700 underline" href={`/api/assignments/submissions/${version.id}/file?path=${encodeURIComponent(file.path)}`}>
                    {t('download', { name: file.name })}
                  </a>
                </li>
              ))}
            </ul>
          )}
          {version.gradedAt && version.points !== null && (
            <div className="space-y-1">
              <p className="font-medium">{t('grade', { points: version.points, max: version.maxPoints ?? 0, percent: version.percent ?? 0 })}</p>
              <ul className="list-disc ps-6 text-sm">
                {rubric.map((criterion) => (
                  <li key={criterion.key} dir="auto">
                    {t('levelChosen', { criterion: criterion.title, level: levelTitle(criterion, version.levels?.[criterion.key]) })}
                  </li>
                ))}
              </ul>
              {version.feedback && (
                <div>
                  <p className="font-medium">{t('feedback')}</p>
                  <p dir="auto" className="whitespace-pre-line">
                    {version.feedback}
                  </p>
                </div>
              )}
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
