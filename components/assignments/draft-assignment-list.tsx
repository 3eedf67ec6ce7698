import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { cardClass } from '@/components/ui/card';
import type { AssignmentDraft } from '@/lib/content/snapshot';

/** The module editor's assignments section: each draft assignment with an edit link, and a link to add one. */
export async function DraftAssignmentList({ moduleId, drafts }: { moduleId: number; drafts: readonly AssignmentDraft[] }) {
  const t = await getTranslations('assignmentAuthoring');
  return (
    <section aria-labelledby="assignments-heading" className="space-y-3">
      <h2 id="assignments-heading" className="text-lg font-semibold">
        {t('heading')}
      </h2>
      {drafts.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <ul className="space-y-2">
          {drafts.map((draft) => (
            <li key={draft.key} className={cardClass({ padding: 'sm', className: 'flex flex-wrap items-baseline justify-between gap-2' })}>
              <bdi>{draft.title}</bdi>
              <Link href={`/author/modules/${moduleId}/assignments/${draft.key}`} className="text-brand-700 underline">
                {t('edit', { title: draft.title })}
              </Link>
            </li>
          ))}
        </ul>
      )}
      <Link href={`/author/modules/${moduleId}/assignments/new`} className="inline-block text-brand-700 underline">
        {t('add')}
      </Link>
    </section>
  );
}
