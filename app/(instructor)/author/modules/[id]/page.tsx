import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { DraftAssignmentList } from '@/components/assignments/draft-assignment-list';
import { CoOwners } from '@/components/authoring/co-owners';
import { DraftSummary } from '@/components/authoring/draft-summary';
import { LessonList } from '@/components/authoring/lesson-list';
import { ModuleForm } from '@/components/authoring/module-form';
import { ModuleNav } from '@/components/authoring/module-nav';
import { ClientMessages } from '@/components/i18n/client-messages';
import { Section } from '@/components/ui/section';
import { listDraftAssignments } from '@/db/queries/assignment-drafts';
import { listCollaborators } from '@/db/queries/authoring-collaborators';
import { getModuleEditor } from '@/db/queries/authoring-modules';
import { requireEditableModule } from '@/lib/auth/guards';
import { canManageCollaborators } from '@/lib/domain/authoring-access';

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('authoring'))('module.editTitle') };
}

/** One module's draft: metadata, lessons in order, co-owners, and where it stands against the published version. */
export default async function ModuleEditorPage({ params }: Params) {
  const { id } = await params;
  const { module: owned } = await requireEditableModule(id, `/author/modules/${id}`);
  const t = await getTranslations('authoring');
  const data = getModuleEditor(owned.id);
  return (
    <div className="space-y-8">
      <ModuleNav moduleId={owned.id} title={data.title} current="module" />
      <header className="space-y-1">
        <h1 dir="auto" className="text-2xl font-bold">{data.title}</h1>
        <DraftSummary moduleId={owned.id} slug={owned.slug} />
        {data.programmes.length > 0 && (
          <p className="text-sm text-slate-700">{t('module.inProgrammes', { titles: data.programmes.join(', ') })}</p>
        )}
      </header>
      <section aria-labelledby="lessons-heading" className="space-y-3">
        <h2 id="lessons-heading" className="text-lg font-semibold">
          {t('lessons.heading')}
        </h2>
        <ClientMessages namespaces={['authoring']}>
          <LessonList moduleId={owned.id} lessons={data.lessons} />
        </ClientMessages>
      </section>
      <DraftAssignmentList moduleId={owned.id} drafts={listDraftAssignments(owned.id)} />
      <Section id="details-heading" title={t('module.details')} card>
        <ClientMessages namespaces={['authoring']}>
          <ModuleForm mode="edit" moduleId={owned.id} revision={data.revision} values={data} />
        </ClientMessages>
      </Section>
      <Section id="co-owners-heading" title={t('coOwners.heading')} card>
        <ClientMessages namespaces={['authoring']}>
          <CoOwners
            moduleId={owned.id}
            ownerName={data.ownerName}
            coOwners={listCollaborators(owned.id)}
            canManage={canManageCollaborators(owned.relation)}
          />
        </ClientMessages>
      </Section>
    </div>
  );
}
