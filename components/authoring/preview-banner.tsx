import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

/** Says plainly that this is the unpublished draft in the trainee view, and how to get back to editing. */
export async function PreviewBanner({ moduleId, backHref }: { moduleId: number; backHref?: string }) {
  const t = await getTranslations('authoring');
  return (
    <aside
      aria-label={t('preview.bannerLabel')}
      className="space-y-1 rounded border-2 border-dashed border-amber-500 bg-amber-50 p-3 text-amber-950"
    >
      <p className="font-semibold">{t('preview.banner')}</p>
      <p className="text-sm">{t('preview.bannerText')}</p>
      <p className="text-sm">
        <Link href={backHref ?? `/author/modules/${moduleId}`} className="text-brand-800 underline">
          {t('preview.backToEditor')}
        </Link>
      </p>
    </aside>
  );
}
