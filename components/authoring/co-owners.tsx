'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useState } from 'react';
import { addCoOwnerAction, removeCoOwnerAction } from '@/app/(instructor)/author/_actions/publish-actions';
import { Button } from '@/components/ui/button';
import { ClientForm } from '@/components/ui/client-form';
import { FormField } from '@/components/ui/form-field';
import { idle } from '@/lib/actions/action-state';
import { EditStatus, useFieldError } from './edit-status';
import { useEditAction } from './use-edit-action';

interface Props {
  moduleId: number;
  ownerName: string | null;
  coOwners: { id: number; name: string; email: string }[];
  canManage: boolean;
}

/** Who may edit the module: its owner and co-owners. Owners (and administrators) add co-owners by email. */
export function CoOwners({ moduleId, ownerName, coOwners, canManage }: Props) {
  const t = useTranslations('authoring');
  const add = useEditAction(addCoOwnerAction, '');
  const error = useFieldError(add.state);
  const [removeState, remove] = useActionState(removeCoOwnerAction, idle);
  const [email, setEmail] = useState('');
  return (
    <div className="space-y-3">
      <p>{t('coOwners.owner', { name: ownerName ?? t('coOwners.nobody') })}</p>
      {coOwners.length === 0 ? (
        <p>{t('coOwners.none')}</p>
      ) : (
        <ul className="space-y-1">
          {coOwners.map((person) => (
            <li key={person.id} className="flex flex-wrap items-center gap-2">
              <span>
                {person.name} ({person.email})
              </span>
              {canManage && (
                <form action={remove}>
                  <input type="hidden" name="moduleId" value={moduleId} />
                  <input type="hidden" name="userId" value={person.id} />
                  <Button type="submit" variant="danger" size="xs" aria-label={t('coOwners.remove', { name: person.name })}>
                    {t('common.remove')}
                  </Button>
                </form>
              )}
            </li>
          ))}
        </ul>
      )}
      <EditStatus state={removeState} />
      {canManage ? (
        <ClientForm onSubmit={add.submit} noValidate className="space-y-2">
          <input type="hidden" name="moduleId" value={moduleId} />
          <div className="flex flex-wrap items-end gap-2">
            <div className="min-w-64 flex-1">
              <FormField
                name="email"
                id="co-owner-email"
                type="email"
                label={t('coOwners.email')}
                value={email}
                onChange={(e) => setEmail(e.target.value)}
                error={error('email')}
                autoComplete="off"
              />
            </div>
            <Button type="submit" disabled={add.pending} variant="secondary" size="sm">
              {t('coOwners.add')}
            </Button>
          </div>
          <EditStatus state={add.state} />
        </ClientForm>
      ) : (
        <p className="text-sm text-slate-600">{t('coOwners.ownerOnly')}</p>
      )}
    </div>
  );
}
