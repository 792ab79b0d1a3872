import { can } from '@roster/core/browser';
import { useCurrentOrg } from '../organizations/org-queries';
import { MemberJoinedCell, MemberPersonCell, MemberRoleCell } from './member-cells';
import { MemberRowMenu } from './member-row-menu';
import type { Member } from './members-queries';
import { RosterTable, type RosterColumn } from './roster-table';

// At 390 px: name and email (joined date folded under them), role, ⋮. From 768 px the date has
// its own column; the name column takes the rest, so names are never squeezed.
const columns: RosterColumn<Member>[] = [
  { id: 'person', header: 'Name', cell: (member) => <MemberPersonCell member={member} /> },
  {
    id: 'role',
    header: 'Role',
    cell: (member) => <MemberRoleCell member={member} />,
    className: 'w-32 pr-1 pl-2 sm:w-36 sm:px-2',
  },
  {
    id: 'joined',
    header: 'Joined',
    cell: (member) => <MemberJoinedCell member={member} />,
    className: 'hidden w-32 whitespace-nowrap md:table-cell',
  },
  {
    id: 'actions',
    header: <span className="sr-only">Actions</span>,
    cell: (member) => <MemberRowMenu member={member} />,
    className: 'w-14 pl-0 text-right max-lg:w-16 max-sm:pr-2',
  },
];

// Whoever cannot manage members has no row menus: no empty column for them.
const readOnlyColumns = columns.filter((column) => column.id !== 'actions');

export function MembersTable({ members }: { members: Member[] }) {
  const manages = can(useCurrentOrg().role, 'member.manage');
  return (
    <RosterTable
      caption="Members"
      columns={manages ? columns : readOnlyColumns}
      rows={members}
      rowKey={(m) => m.userId}
    />
  );
}
