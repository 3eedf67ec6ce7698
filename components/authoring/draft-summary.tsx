import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getDraftStatus } from '@/lib/authoring/draft-status';
import { moduleCaptionsReader } from '@/lib/authoring/files';

/** One line on where the draft stands: never published, or published as version N with or without changes since. */
export async function DraftSummary({ moduleId, slug }: { moduleId: number; slug: string }) {
  const t = await getTranslations('authoring');
  const status = getDraftStatus(moduleId, moduleCaptionsReader(slug));
  const text =
    status.publishedVersion === null
      ? t('status.neverPublished')
      : status.changed
        ? t('status.changedSince', { version: status.publishedVersion })
        : t('status.upToDate', { version: status.publishedVersion });
  return (
    <p className="text-slate-700">
      {text}{' '}
      {(status.changed || status.publishedVersion === null) && (
        <Link href={`/author/modules/${moduleId}/publish`} className="text-brand-700 underline">
          {t('status.goPublish')}
        </Link>
      )}
    </p>
  );
}
