import { getTranslations } from 'next-intl/server';
import type { MemberRow } from '@/db/queries/cohort-members';
import { ReissueLinkButton } from './reissue-link-button';

/** Everyone in the cohort, with who still has to set a password. */
export async function MembersTable({ cohortId, members }: { cohortId: number; members: MemberRow[] }) {
  const t = await getTranslations('cohorts');
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse bg-white text-sm">
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="p-2 text-start">{t('columnName')}</th>
            <th scope="col" className="p-2 text-start">{t('columnEmail')}</th>
            <th scope="col" className="p-2 text-start">{t('columnRole')}</th>
            <th scope="col" className="p-2 text-start">{t('columnCountry')}</th>
            <th scope="col" className="p-2 text-start">{t('columnAccount')}</th>
          </tr>
        </thead>
        <tbody>
          {members.map((member) => (
            <tr key={member.userId} className="border-b border-slate-200 align-top">
              <th scope="row" className="p-2 text-start font-medium">
                <bdi>{member.name}</bdi>
              </th>
              <td className="p-2">{member.email}</td>
              <td className="p-2">{t(`memberRoles.${member.role}`)}</td>
              <td dir="auto" className="p-2">{member.country}</td>
              <td className="space-y-2 p-2">
                {member.awaitingPassword ? t('awaitingPassword') : t('accountReady')}
                {member.awaitingPassword && member.role === 'trainee' && <ReissueLinkButton cohortId={cohortId} userId={member.userId} name={member.name} />}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
