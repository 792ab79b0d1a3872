import { can, invitableRoles, type InvitableRole } from '@roster/core/browser';
import { useQuery } from '@tanstack/react-query';
import { Crown, LogOut, UserMinus } from 'lucide-react';
import { useState } from 'react';
import { ConfirmDialog } from '../../components/ui/confirm-dialog';
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuRadioGroup,
  DropdownMenuRadioItem,
  DropdownMenuSeparator,
} from '../../components/ui/dropdown-menu';
import { meQuery } from '../auth/session';
import { roleLabels } from '../organizations/org-format';
import { useCurrentOrg } from '../organizations/org-queries';
import { RowMenuTrigger } from './row-menu-trigger';
import {
  useChangeRole,
  useLeaveOrganization,
  useRemoveMember,
  useTransferOwnership,
} from './member-mutations';
import type { Member } from './members-queries';

type Confirming = 'remove' | 'transfer' | 'leave' | null;

/**
 * A member's row menu: change role, remove, transfer ownership (the owner, to an admin), or, on an
 * admin's own row, leave. The owner's row has none; roles that cannot act see no menu.
 */
export function MemberRowMenu({ member }: { member: Member }) {
  const org = useCurrentOrg();
  const myId = useQuery(meQuery()).data?.user.id;
  const [confirming, setConfirming] = useState<Confirming>(null);
  const close = () => setConfirming(null);
  const changeRole = useChangeRole(org.id);
  const remove = useRemoveMember(org.id, member, close);
  const transfer = useTransferOwnership(org.id, member, close);
  const leave = useLeaveOrganization(org.name, close);

  if (member.role === 'owner') return null;
  const self = member.userId === myId;
  if (self ? !can(org.role, 'member.leave') : !can(org.role, 'member.manage')) return null;
  const canTransfer = !self && member.role === 'admin' && can(org.role, 'org.transferOwnership');

  return (
    <>
      <DropdownMenu>
        <RowMenuTrigger label={`Actions for ${member.email}`} />
        <DropdownMenuContent align="end">
          {self ? (
            <DropdownMenuItem destructive onSelect={() => setConfirming('leave')}>
              <LogOut aria-hidden className="size-4" />
              Leave organization
            </DropdownMenuItem>
          ) : (
            <>
              <DropdownMenuLabel>Role</DropdownMenuLabel>
              <DropdownMenuRadioGroup
                value={member.role}
                onValueChange={(role) =>
                  role !== member.role &&
                  changeRole.mutate({ orgId: org.id, userId: member.userId, role: role as InvitableRole })
                }
              >
                {invitableRoles.map((role) => (
                  <DropdownMenuRadioItem key={role} value={role} disabled={changeRole.isPending}>
                    {roleLabels[role]}
                  </DropdownMenuRadioItem>
                ))}
              </DropdownMenuRadioGroup>
              <DropdownMenuSeparator />
              {canTransfer && (
                <DropdownMenuItem onSelect={() => setConfirming('transfer')}>
                  <Crown aria-hidden className="size-4 text-zinc-500" />
                  Transfer ownership
                </DropdownMenuItem>
              )}
              <DropdownMenuItem destructive onSelect={() => setConfirming('remove')}>
                <UserMinus aria-hidden className="size-4" />
                Remove from organization
              </DropdownMenuItem>
            </>
          )}
        </DropdownMenuContent>
      </DropdownMenu>
      <ConfirmDialog
        open={confirming === 'remove'}
        onOpenChange={(open) => !open && close()}
        title={`Remove ${member.email}?`}
        description={`${member.name} loses access to ${org.name} and its projects at once. You can invite them again later.`}
        confirmLabel="Remove"
        destructive
        pending={remove.isPending}
        onConfirm={() => remove.mutate({ orgId: org.id, userId: member.userId })}
      />
      <ConfirmDialog
        open={confirming === 'transfer'}
        onOpenChange={(open) => !open && close()}
        title={`Transfer ownership to ${member.name}?`}
        description={`${member.name} (${member.email}) becomes the owner of ${org.name}. You stay an admin, and only the new owner can hand ownership back.`}
        confirmLabel="Transfer ownership"
        pending={transfer.isPending}
        onConfirm={() => transfer.mutate({ orgId: org.id, userId: member.userId })}
      />
      <ConfirmDialog
        open={confirming === 'leave'}
        onOpenChange={(open) => !open && close()}
        title={`Leave ${org.name}?`}
        description={`You lose access to ${org.name} and its projects. An admin can invite you again.`}
        confirmLabel="Leave organization"
        destructive
        pending={leave.isPending}
        onConfirm={() => leave.mutate({ orgId: org.id })}
      />
    </>
  );
}
