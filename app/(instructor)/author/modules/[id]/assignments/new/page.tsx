import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AssignmentEditorForm } from '@/components/assignments/assignment-editor-form';
import { ModuleNav } from '@/components/authoring/module-nav';
import { ClientMessages } from '@/components/i18n/client-messages';
import { newAssignmentValues } from '@/lib/assignments/editor-values';
import { requireEditableModule } from '@/lib/auth/guards';

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('assignmentAuthoring'))('newTitle') };
}

/** Adds an assignment to a module's draft. */
export default async function NewAssignmentPage({ params }: Params) {
  const { id } = await params;
  const { module: owned } = await requireEditableModule(id, `/author/modules/${id}/assignments/new`);
  const t = await getTranslations('assignmentAuthoring');
  return (
    <div className="space-y-6">
      <ModuleNav moduleId={owned.id} title={owned.title} current={null} />
      <h1 className="text-2xl font-bold">{t('newTitle')}</h1>
      <ClientMessages namespaces={['assignmentAuthoring']}>
        <AssignmentEditorForm moduleId={owned.id} isNew initial={newAssignmentValues} />
      </ClientMessages>
    </div>
  );
}
