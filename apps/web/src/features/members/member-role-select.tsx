import { invitableRoles, type InvitableRole } from '@roster/core/browser';
import { Select } from '../../components/ui/select';
import { roleLabels } from '../organizations/org-format';
import { useCurrentOrg } from '../organizations/org-queries';
import { useChangeRole } from './member-mutations';
import type { Member } from './members-queries';

/** Changes a member's role as soon as another is chosen; a toast says so. */
export function MemberRoleSelect({ member }: { member: Member }) {
  const org = useCurrentOrg();
  const changeRole = useChangeRole(org.id);
  // While the change is on its way the select shows the chosen role, not the one it replaces.
  const role = changeRole.isPending ? changeRole.variables.role : member.role;
  return (
    <Select
      aria-label={`Role of ${member.name}`}
      value={role}
      // Not disabled while saving: the select keeps the keyboard's focus.
      aria-busy={changeRole.isPending || undefined}
      onChange={(event) =>
        changeRole.mutate({ orgId: org.id, userId: member.userId, role: event.target.value as InvitableRole })
      }
      className="max-w-36"
    >
      {invitableRoles.map((value) => (
        <option key={value} value={value}>
          {roleLabels[value]}
        </option>
      ))}
    </Select>
  );
}
