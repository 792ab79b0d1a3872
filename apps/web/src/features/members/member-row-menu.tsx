import { can } from '@roster/core/browser';
import { useQuery } from '@tanstack/react-query';
import { Crown, LogOut, UserMinus } from 'lucide-react';
import { useState } from 'react';
import { ConfirmDialog } from '../../components/ui/confirm-dialog';
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem } from '../../components/ui/dropdown-menu';
import { meQuery } from '../auth/session';
import { useCurrentOrg } from '../organizations/org-queries';
import { useLeaveOrganization, useRemoveMember } from './member-mutations';
import type { Member } from './members-queries';
import { RowMenuTrigger } from './row-menu-trigger';
import { TransferOwnershipDialog } from './transfer-ownership-dialog';

type Confirming = 'remove' | 'transfer' | 'leave' | null;

/**
 * A member's ⋮ menu: transfer ownership (the owner, to anyone else), remove, or, on an admin's own
 * row, leave. The role is changed in the row itself. No menu when nothing can be done.
 */
export function MemberRowMenu({ member }: { member: Member }) {
  const org = useCurrentOrg();
  const myId = useQuery(meQuery()).data?.user.id;
  const [confirming, setConfirming] = useState<Confirming>(null);
  const close = () => setConfirming(null);
  const remove = useRemoveMember(org.id, member, close);
  const leave = useLeaveOrganization(org.name, close);

  if (member.role === 'owner') return null;
  const self = member.userId === myId;
  if (self ? !can(org.role, 'member.leave') : !can(org.role, 'member.manage')) return null;
  const canTransfer = !self && can(org.role, 'org.transferOwnership');

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
      {canTransfer && (
        <TransferOwnershipDialog
          member={member}
          open={confirming === 'transfer'}
          onOpenChange={(open) => !open && close()}
        />
      )}
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
