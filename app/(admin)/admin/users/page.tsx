import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { CreateUserForm } from '@/components/admin/create-user-form';
import { UserControls } from '@/components/admin/user-controls';
import { ClientMessages } from '@/components/i18n/client-messages';
import { Cell, DataTable, Row, RowHeader } from '@/components/ui/data-table';
import { Section } from '@/components/ui/section';
import { listUsers } from '@/db/queries/users';
import { requirePermission } from '@/lib/auth/guards';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin'))('usersTitle') };
}

export default async function UsersPage() {
  const admin = await requirePermission('users:manage', '/admin/users');
  const t = await getTranslations('admin');
  const tRoles = await getTranslations('roles');
  const users = listUsers();
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-bold">{t('usersTitle')}</h1>
        <p className="text-slate-700">{t('usersIntro')}</p>
      </div>
      <Section id="create-user" title={t('createTitle')} card>
        <ClientMessages namespaces={['admin', 'roles']}>
          <CreateUserForm />
        </ClientMessages>
      </Section>
      <section aria-labelledby="all-users">
        <h2 id="all-users" className="mb-2 text-lg font-semibold">
          {t('listTitle')}
        </h2>
        <DataTable headers={[t('columnName'), t('columnEmail'), t('columnRole'), t('columnStatus'), t('columnActions')]}>
          {users.map((user) => (
            <Row key={user.id}>
              <RowHeader>
                <bdi>{user.name}</bdi>
              </RowHeader>
              <Cell>{user.email}</Cell>
              <Cell>{tRoles(user.role)}</Cell>
              <Cell>{user.active ? t('active') : t('inactive')}</Cell>
              <Cell>
                <ClientMessages namespaces={['admin', 'roles']}>
                  <UserControls user={user} isSelf={user.id === admin.id} />
                </ClientMessages>
              </Cell>
            </Row>
          ))}
        </DataTable>
      </section>
    </div>
  );
}
