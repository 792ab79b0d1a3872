import { can } from '@roster/core/browser';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { Button } from '../../components/ui/button';
import { Card, CardBody, CardHeader } from '../../components/ui/card';
import { ConfirmDialog } from '../../components/ui/confirm-dialog';
import { textLinkClass } from '../../components/ui/text-link';
import { toast } from '../../components/ui/toaster';
import { readApiError } from '../../lib/api-error';
import { trpc, type Org } from '../../lib/trpc';
import { refreshOrgLists } from '../organizations/org-queries';
import { forgetOrg, markOrgLeft } from '../organizations/use-org-lost';

/**
 * "Leave organization": admins leave after confirming and land in the organization the API names;
 * the owner is told to transfer ownership first, and members (who cannot remove themselves) whom to ask.
 */
export function LeaveOrgSection({ org }: { org: Org }) {
  const [confirming, setConfirming] = useState(false);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const leave = useMutation(
    trpc.member.leave.mutationOptions({
      onSuccess: async ({ nextOrgId }) => {
        markOrgLeft(org.id);
        setConfirming(false);
        await navigate({ to: '/orgs/$orgId', params: { orgId: nextOrgId } });
        forgetOrg(queryClient, org.id);
        await refreshOrgLists(queryClient);
        toast.success(`You left ${org.name}`);
      },
      onError: (error) => {
        setConfirming(false);
        toast.error(readApiError(error).message);
      },
    }),
  );

  let body;
  if (org.role === 'owner') {
    body = (
      <p className="text-sm text-zinc-600">
        You own {org.name}, so you cannot leave it. To leave,{' '}
        <Link to="/orgs/$orgId/members" params={{ orgId: org.id }} className={textLinkClass}>
          transfer ownership to another member
        </Link>{' '}
        first.
      </p>
    );
  } else if (can(org.role, 'member.leave')) {
    body = (
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-zinc-600">
          You lose access to its members, projects and settings. To come back you need a new invitation.
        </p>
        <Button variant="danger" onClick={() => setConfirming(true)}>
          Leave organization
        </Button>
      </div>
    );
  } else {
    body = (
      <p className="text-sm text-zinc-600">
        Members cannot remove themselves. Ask an owner or admin of {org.name} to remove you.
      </p>
    );
  }

  return (
    <Card>
      <CardHeader title="Leave organization" />
      <CardBody>{body}</CardBody>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={`Leave ${org.name}?`}
        description="You will lose access to its members, projects and settings right away. An admin can invite you again."
        confirmLabel="Leave organization"
        destructive
        pending={leave.isPending}
        onConfirm={() => leave.mutate({ orgId: org.id })}
      />
    </Card>
  );
}
