import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ModuleForm } from '@/components/authoring/module-form';
import { ClientMessages } from '@/components/i18n/client-messages';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { listProgrammeChoices } from '@/db/queries/authoring-modules';
import { requirePermission } from '@/lib/auth/guards';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('authoring'))('module.newTitle') };
}

/** Creates a module; the author who creates it owns it. */
export default async function NewModulePage() {
  await requirePermission('content:author', '/author/modules/new');
  const t = await getTranslations('authoring');
  return (
    <div className="max-w-3xl space-y-4">
      <Breadcrumb label={t('nav.breadcrumb')} href="/author" parent={t('nav.authoring')} />
      <h1 className="text-2xl font-bold">{t('module.newTitle')}</h1>
      <p className="text-slate-700">{t('module.newIntro')}</p>
      <ClientMessages namespaces={['authoring']}>
        <ModuleForm mode="create" programmes={listProgrammeChoices()} />
      </ClientMessages>
    </div>
  );
}
