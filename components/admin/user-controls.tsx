'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { setActiveAction, setRoleAction } from '@/app/(admin)/admin/users/actions';
import { Button } from '@/components/ui/button';
import { Select } from '@/components/ui/controls';
import { StatusMessage } from '@/components/ui/status-message';
import { idle } from '@/lib/actions/action-state';
import { roles, type Role } from '@/lib/domain/permissions';

interface Props {
  user: { id: number; name: string; role: Role; active: boolean };
  isSelf: boolean;
}

/** Role change and (de)activation for one user row. */
export function UserControls({ user, isSelf }: Props) {
  const t = useTranslations('admin');
  const tRoles = useTranslations('roles');
  const [roleState, roleAction, rolePending] = useActionState(setRoleAction, idle);
  const [activeState, activeAction, activePending] = useActionState(setActiveAction, idle);
  const outcome = [roleState, activeState].find((s) => s.status !== 'idle');
  if (isSelf) return null;
  return (
    <div className="space-y-2">
      <form action={roleAction} className="flex flex-wrap items-center gap-2">
        <input type="hidden" name="userId" value={user.id} />
        <label htmlFor={`role-${user.id}`} className="sr-only">
          {t('changeRole', { name: user.name })}
        </label>
        <Select id={`role-${user.id}`} name="role" defaultValue={user.role} layout="inline">
          {roles.map((role) => (
            <option key={role} value={role}>
              {tRoles(role)}
            </option>
          ))}
        </Select>
        <Button type="submit" disabled={rolePending} variant="secondary" size="xs">
          {t('saveRole')}
          <span className="sr-only"> ({user.name})</span>
        </Button>
      </form>
      <form action={activeAction}>
        <input type="hidden" name="userId" value={user.id} />
        <input type="hidden" name="active" value={user.active ? 'false' : 'true'} />
        <Button type="submit" disabled={activePending} variant="secondary" size="xs">
          {user.active ? t('deactivate', { name: user.name }) : t('reactivate', { name: user.name })}
        </Button>
      </form>
      {outcome?.status === 'ok' && outcome.message && <StatusMessage tone="success">{t(outcome.message.key, outcome.message.values)}</StatusMessage>}
      {outcome?.status === 'error' && <StatusMessage tone="error">{t(`errors.${outcome.message.key}`, outcome.message.values)}</StatusMessage>}
    </div>
  );
}
