import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { CreateUserForm } from '@/components/admin/create-user-form';
import { UserControls } from '@/components/admin/user-controls';
import { listUsers } from '@/db/queries/users';
import { requirePermission } from '@/lib/auth/dal';

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
      <section aria-labelledby="create-user" className="rounded border border-slate-200 bg-white p-4">
        <h2 id="create-user" className="mb-4 text-lg font-semibold">
          {t('createTitle')}
        </h2>
        <CreateUserForm />
      </section>
      <section aria-labelledby="all-users">
        <h2 id="all-users" className="mb-2 text-lg font-semibold">
          {t('listTitle')}
        </h2>
        <div className="overflow-x-auto">
          <table className="w-full border-collapse bg-white text-sm">
            <thead>
              <tr className="border-b border-slate-300 text-start">
                <th scope="col" className="p-2 text-start">
                  {t('columnName')}
                </th>
                <th scope="col" className="p-2 text-start">
                  {t('columnEmail')}
                </th>
                <th scope="col" className="p-2 text-start">
                  {t('columnRole')}
                </th>
                <th scope="col" className="p-2 text-start">
                  {t('columnStatus')}
                </th>
                <th scope="col" className="p-2 text-start">
                  {t('columnActions')}
                </th>
              </tr>
            </thead>
            <tbody>
              {users.map((user) => (
                <tr key={user.id} className="border-b border-slate-200 align-top">
                  <th scope="row" className="p-2 text-start font-medium">
                    {user.name}
                  </th>
                  <td className="p-2">{user.email}</td>
                  <td className="p-2">{tRoles(user.role)}</td>
                  <td className="p-2">{user.active ? t('active') : t('inactive')}</td>
                  <td className="p-2">
                    <UserControls user={user} isSelf={user.id === admin.id} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
