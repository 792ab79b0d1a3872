import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { toast } from '../../components/ui/toaster';
import { readApiError } from '../../lib/api-error';
import { trpc } from '../../lib/trpc';
import { roleLabels } from '../organizations/org-format';
import { orgChanged, refreshOrgLists } from '../organizations/org-queries';
import { rosterChanged, type Member } from './members-queries';

const showError = (error: unknown) => toast.error(readApiError(error).message);

/** Changes a member's role between admin and member. */
export function useChangeRole(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation(
    trpc.member.updateRole.mutationOptions({
      onSuccess: async (member) => {
        await rosterChanged(queryClient, orgId);
        toast.success(
          `${member.name} is now ${member.role === 'admin' ? 'an' : 'a'} ${roleLabels[member.role].toLowerCase()}`,
        );
      },
      onError: showError,
    }),
  );
}

/** Removes a member (never the owner); `onDone` closes the confirmation either way. */
export function useRemoveMember(orgId: string, member: Member, onDone: () => void) {
  const queryClient = useQueryClient();
  return useMutation(
    trpc.member.remove.mutationOptions({
      onSuccess: async () => {
        await rosterChanged(queryClient, orgId);
        onDone();
        toast.success(`Removed ${member.email}`);
      },
      onError: (error) => {
        onDone();
        showError(error);
      },
    }),
  );
}

/** Hands the organization to another member; the owner becomes an admin. */
export function useTransferOwnership(orgId: string, member: Member, onDone: () => void) {
  const queryClient = useQueryClient();
  return useMutation(
    trpc.org.transferOwnership.mutationOptions({
      onSuccess: async (org) => {
        await orgChanged(queryClient, org);
        await rosterChanged(queryClient, orgId);
        onDone();
        toast.success(`${member.name} is now the owner. You are an admin.`);
      },
      onError: (error) => {
        onDone();
        showError(error);
      },
    }),
  );
}

/** An admin leaves; the app opens the organization the API names next. */
export function useLeaveOrganization(orgName: string, onDone: () => void) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation(
    trpc.member.leave.mutationOptions({
      onSuccess: async ({ nextOrgId }) => {
        await refreshOrgLists(queryClient);
        onDone();
        await navigate({ to: '/orgs/$orgId', params: { orgId: nextOrgId } });
        toast.success(`You left ${orgName}`);
      },
      onError: (error) => {
        onDone();
        showError(error);
      },
    }),
  );
}
