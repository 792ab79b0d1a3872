import { can, waitPhrase } from '@roster/core/browser';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Ban, Send } from 'lucide-react';
import { useState } from 'react';
import { ConfirmDialog } from '../../components/ui/confirm-dialog';
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem } from '../../components/ui/dropdown-menu';
import { toast } from '../../components/ui/toaster';
import { readApiError } from '../../lib/api-error';
import { trpc } from '../../lib/trpc';
import { useCountdown } from '../../lib/use-countdown';
import { useCurrentOrg } from '../organizations/org-queries';
import { rosterChanged, type Invitation } from './members-queries';
import { resendRefusalMessage } from './resend-refusal';
import { RowMenuTrigger } from './row-menu-trigger';

/** An open (pending or expired) invitation's menu for owners and admins: resend or revoke. */
export function InvitationRowMenu({ invitation }: { invitation: Invitation }) {
  const org = useCurrentOrg();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const showError = (error: unknown) => toast.error(readApiError(error).message);
  // After a refusal that says how long to wait, the item counts down instead of being refused again.
  const [resendableAt, setResendableAt] = useState<number | null>(null);
  const waitLeft = useCountdown(resendableAt);
  const resend = useMutation(
    trpc.invitation.resend.mutationOptions({
      onSuccess: async () => {
        await rosterChanged(queryClient, org.id);
        toast.success(`Sent a new link to ${invitation.email}`);
      },
      onError: (error) => {
        const refusal = readApiError(error);
        toast.error(resendRefusalMessage(refusal, invitation.email));
        if (refusal.retryAfterSeconds) setResendableAt(Date.now() + refusal.retryAfterSeconds * 1000);
      },
    }),
  );
  const revoke = useMutation(
    trpc.invitation.revoke.mutationOptions({
      onSuccess: async () => {
        await rosterChanged(queryClient, org.id);
        setConfirming(false);
        toast.success(`Revoked the invitation for ${invitation.email}`);
      },
      onError: (error) => {
        setConfirming(false);
        showError(error);
      },
    }),
  );

  const open = invitation.status === 'pending' || invitation.status === 'expired';
  if (!open || !can(org.role, 'invitation.manage')) return null;
  const input = { orgId: org.id, invitationId: invitation.id };

  return (
    <>
      <DropdownMenu>
        <RowMenuTrigger label={`Actions for the invitation to ${invitation.email}`} />
        <DropdownMenuContent align="end">
          <DropdownMenuItem disabled={resend.isPending || waitLeft > 0} onSelect={() => resend.mutate(input)}>
            <Send aria-hidden className="size-4 text-zinc-500" />
            {waitLeft > 0 ? `Resend in ${waitPhrase(waitLeft)}` : 'Resend invitation'}
          </DropdownMenuItem>
          <DropdownMenuItem destructive onSelect={() => setConfirming(true)}>
            <Ban aria-hidden className="size-4" />
            Revoke invitation
          </DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={`Revoke the invitation for ${invitation.email}?`}
        description="The link in the email stops working, and the seat it holds is freed. You can invite the same email again later."
        confirmLabel="Revoke"
        destructive
        pending={revoke.isPending}
        onConfirm={() => revoke.mutate(input)}
      />
    </>
  );
}
