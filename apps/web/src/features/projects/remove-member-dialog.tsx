import { can } from '@roster/core/browser';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { ConfirmDialog } from '../../components/ui/confirm-dialog';
import { toast } from '../../components/ui/toaster';
import { readApiError } from '../../lib/api-error';
import { trpc } from '../../lib/trpc';
import { useOrgId } from '../organizations/org-queries';
import { projectsChanged, type Project, type ProjectMember } from './project-queries';

/** What removal changes for this person: owners, admins and open projects keep some access. */
function consequence(project: Project, member: ProjectMember, isMe: boolean): string {
  const who = isMe ? 'You' : 'They';
  if (can(member.orgRole, 'project.manage'))
    return `${who} still manage every project as an organization ${member.orgRole}.`;
  if (project.visibility === 'organization')
    return `${who} can still see and contribute, since the project is open to the whole organization.`;
  return `${who} will no longer see the project or its content.`;
}

/** Asks before removing someone from a project; someone who removed their own access goes back to the list. */
export function RemoveMemberDialog({
  project,
  member,
  isMe,
  open,
  onOpenChange,
}: {
  project: Project;
  member: ProjectMember;
  isMe: boolean;
  open: boolean;
  onOpenChange(open: boolean): void;
}) {
  const orgId = useOrgId();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const losesAccess = !can(member.orgRole, 'project.manage') && project.visibility === 'members';
  const remove = useMutation(
    trpc.project.member.remove.mutationOptions({
      onSuccess: async () => {
        onOpenChange(false);
        if (isMe && losesAccess) await navigate({ to: '/orgs/$orgId/projects', params: { orgId } });
        await projectsChanged(queryClient);
        toast.success(isMe ? `You left ${project.name}` : `Removed ${member.email} from ${project.name}`);
      },
      onError: (error) => toast.error(readApiError(error).message),
    }),
  );

  return (
    <ConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      title={isMe ? `Remove yourself from ${project.name}?` : `Remove ${member.email} from ${project.name}?`}
      description={consequence(project, member, isMe)}
      confirmLabel={isMe ? 'Leave project' : 'Remove'}
      destructive
      pending={remove.isPending}
      onConfirm={() => remove.mutate({ orgId, projectId: project.id, userId: member.userId })}
    />
  );
}
