import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { AssignmentEditorForm } from '@/components/assignments/assignment-editor-form';
import { ModuleNav } from '@/components/authoring/module-nav';
import { ClientMessages } from '@/components/i18n/client-messages';
import { listDraftAssignments } from '@/db/queries/assignment-drafts';
import { editorValues } from '@/lib/assignments/editor-values';
import { requireEditableModule } from '@/lib/auth/guards';

type Params = { params: Promise<{ id: string; key: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('assignmentAuthoring'))('editTitle') };
}

/** Edits one assignment of a module's draft. */
export default async function EditAssignmentPage({ params }: Params) {
  const { id, key } = await params;
  const { module: owned } = await requireEditableModule(id, `/author/modules/${id}/assignments/${key}`);
  const draft = listDraftAssignments(owned.id).find((assignment) => assignment.key === key);
  if (!draft) notFound();
  const t = await getTranslations('assignmentAuthoring');
  return (
    <div className="space-y-6">
      <ModuleNav moduleId={owned.id} title={owned.title} current={null} />
      <h1 className="text-2xl font-bold">{t('editTitle')}</h1>
      <p dir="auto">{draft.title}</p>
      <ClientMessages namespaces={['assignmentAuthoring']}>
        <AssignmentEditorForm moduleId={owned.id} isNew={false} initial={editorValues(draft)} />
      </ClientMessages>
    </div>
  );
}
