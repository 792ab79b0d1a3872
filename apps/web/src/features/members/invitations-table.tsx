import { can } from '@roster/core/browser';
import { roleLabels } from '../organizations/org-format';
import { useCurrentOrg } from '../organizations/org-queries';
import { InvitationExpiryCell, InvitationPersonCell, InvitationStatusCell } from './invitation-cells';
import { InvitationRowMenu } from './invitation-row-menu';
import type { Invitation } from './members-queries';
import { RosterTable, type RosterColumn } from './roster-table';

// At 390 px: the email (role, status and expiry folded under it) and ⋮. The role gets its column
// from 640 px, the status from 768 px, the expiry from 1280 px.
const columns: RosterColumn<Invitation>[] = [
  { id: 'email', header: 'Email', cell: (invitation) => <InvitationPersonCell invitation={invitation} /> },
  {
    id: 'role',
    header: 'Role',
    cell: (invitation) => <span className="text-zinc-700">{roleLabels[invitation.role]}</span>,
    className: 'hidden w-24 sm:table-cell',
  },
  {
    id: 'status',
    header: 'Status',
    cell: (invitation) => <InvitationStatusCell invitation={invitation} />,
    className: 'hidden w-48 md:table-cell',
  },
  {
    id: 'expires',
    header: 'Expires',
    cell: (invitation) => <InvitationExpiryCell invitation={invitation} />,
    className: 'hidden w-40 whitespace-nowrap xl:table-cell',
  },
  {
    id: 'actions',
    header: <span className="sr-only">Actions</span>,
    cell: (invitation) => <InvitationRowMenu invitation={invitation} />,
    className: 'w-14 pl-0 text-right max-lg:w-16 max-sm:pr-2',
  },
];

const readOnlyColumns = columns.filter((column) => column.id !== 'actions');

export function InvitationsTable({ invitations }: { invitations: Invitation[] }) {
  const manages = can(useCurrentOrg().role, 'invitation.manage');
  return (
    <RosterTable
      caption="Invitations"
      columns={manages ? columns : readOnlyColumns}
      rows={invitations}
      rowKey={(i) => i.id}
    />
  );
}
