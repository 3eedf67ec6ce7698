import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { cardClass } from '@/components/ui/card';
import type { PublishedModule } from '@/db/queries/published';
import type { SubmissionStatus } from '@/lib/domain/assignments/submission';

/** The module's assignments on its page, after the lessons: each with whether it is required and, for an enrolled trainee, its status. */
export async function ModuleAssignments({ module, statuses, enrolled }: { module: PublishedModule; statuses: ReadonlyMap<string, SubmissionStatus>; enrolled: boolean }) {
  if (module.assignments.length === 0) return null;
  const t = await getTranslations('assignments');
  return (
    <section aria-labelledby="assignments" className="space-y-2">
      <h2 id="assignments" className="text-lg font-semibold">
        {t('sectionTitle')}
      </h2>
      <ul className="space-y-2">
        {module.assignments.map((assignment) => (
          <li key={assignment.key} className={cardClass({ padding: 'sm', className: 'flex flex-wrap items-baseline justify-between gap-2' })}>
            <span>
              {enrolled ? (
                <Link href={`/modules/${module.slug}/assignments/${assignment.key}`} className="text-brand-700 underline">
                  <bdi>{assignment.title}</bdi>
                </Link>
              ) : (
                <bdi>{assignment.title}</bdi>
              )}
              <span className="ms-2 text-sm text-slate-700">{assignment.required ? t('required') : t('optional')}</span>
            </span>
            {enrolled && <span className="text-sm">{t(`status.${statuses.get(assignment.key) ?? 'not-started'}`)}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
