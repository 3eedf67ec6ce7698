import { getTranslations } from 'next-intl/server';
import { Cell, DataTable, Row, RowHeader } from '@/components/ui/data-table';
import type { MemberRow } from '@/db/queries/cohort-members';

/** A member as the viewer may see them: `awaitingPassword` is null when it is not theirs to know. */
export type VisibleMember = Omit<MemberRow, 'awaitingPassword' | 'createdById' | 'createdInCohortId'> & { awaitingPassword: boolean | null };
import { ReissueLinkButton } from './reissue-link-button';

/** Everyone in the cohort, with who still has to set a password. */
export async function MembersTable({ cohortId, members }: { cohortId: number; members: VisibleMember[] }) {
  const t = await getTranslations('cohorts');
  return (
    <DataTable headers={[t('columnName'), t('columnEmail'), t('columnRole'), t('columnCountry'), t('columnAccount')]}>
      {members.map((member) => (
        <Row key={member.userId}>
          <RowHeader>
            <bdi>{member.name}</bdi>
          </RowHeader>
          <Cell>{member.email}</Cell>
          <Cell>{t(`memberRoles.${member.role}`)}</Cell>
          <Cell dir="auto">{member.country}</Cell>
          <Cell className="space-y-2">
            {member.awaitingPassword === null ? t('accountExisting') : member.awaitingPassword ? t('awaitingPassword') : t('accountReady')}
            {member.awaitingPassword && member.role === 'trainee' && <ReissueLinkButton cohortId={cohortId} userId={member.userId} name={member.name} />}
          </Cell>
        </Row>
      ))}
    </DataTable>
  );
}
