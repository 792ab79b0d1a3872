import { can } from '@roster/core/browser';
import { useQuery } from '@tanstack/react-query';
import { Avatar } from '../../components/ui/avatar';
import { formatDate } from '../../lib/dates';
import { meQuery } from '../auth/session';
import { roleLabels } from '../organizations/org-format';
import { useCurrentOrg } from '../organizations/org-queries';
import { MemberRoleSelect } from './member-role-select';
import type { Member } from './members-queries';

/** Name and email stacked; below 768 px the joined date folds in under them. */
export function MemberPersonCell({ member }: { member: Member }) {
  const myId = useQuery(meQuery()).data?.user.id;
  return (
    <div className="flex min-w-0 items-center gap-3">
      <Avatar name={member.name} className="max-sm:hidden" />
      <div className="min-w-0">
        {/* Cut short on a phone only: from 768 px a long name or email wraps rather than ends in "…". */}
        <p className="flex items-center gap-x-1.5 font-medium text-zinc-900 md:flex-wrap">
          <span className="truncate md:whitespace-normal md:[overflow-wrap:anywhere]">{member.name}</span>
          {member.userId === myId && (
            <span className="shrink-0 text-xs font-normal text-zinc-600">(you)</span>
          )}
        </p>
        <p
          className="truncate text-zinc-600 md:whitespace-normal md:[overflow-wrap:anywhere]"
          title={member.email}
        >
          {member.email}
        </p>
        <p className="text-xs text-zinc-600 md:hidden">Joined {formatDate(member.joinedAt)}</p>
      </div>
    </div>
  );
}

/**
 * The role, as a select for owners and admins on the rows they may change (not the owner's, whose
 * role moves only by transferring ownership, nor their own).
 */
export function MemberRoleCell({ member }: { member: Member }) {
  const org = useCurrentOrg();
  const myId = useQuery(meQuery()).data?.user.id;
  const changeable = member.role !== 'owner' && member.userId !== myId && can(org.role, 'member.manage');
  if (changeable) return <MemberRoleSelect member={member} />;
  return <span className="text-zinc-700">{roleLabels[member.role]}</span>;
}

export function MemberJoinedCell({ member }: { member: Member }) {
  return <span className="text-zinc-600">{formatDate(member.joinedAt)}</span>;
}
