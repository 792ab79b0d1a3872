import { projectRoleLabels, projectRoles, type ProjectRole } from '@roster/core/browser';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { EllipsisVertical, UserMinus } from 'lucide-react';
import { useState } from 'react';
import { Button } from '../../components/ui/button';
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuRadioGroup,
  DropdownMenuRadioItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from '../../components/ui/dropdown-menu';
import { toast } from '../../components/ui/toaster';
import { readApiError } from '../../lib/api-error';
import { trpc } from '../../lib/trpc';
import { useOrgId } from '../organizations/org-queries';
import { projectsChanged, type Project, type ProjectMember } from './project-queries';
import { RemoveMemberDialog } from './remove-member-dialog';

/** A member row's actions for the project's managers: change the project role, or remove. */
export function MemberRowMenu({
  project,
  member,
  isMe,
}: {
  project: Project;
  member: ProjectMember;
  isMe: boolean;
}) {
  const orgId = useOrgId();
  const queryClient = useQueryClient();
  const [removing, setRemoving] = useState(false);
  const updateRole = useMutation(
    trpc.project.member.updateRole.mutationOptions({
      onSuccess: async (updated) => {
        await projectsChanged(queryClient);
        toast.success(`${updated.name} is now a ${projectRoleLabels[updated.role].toLowerCase()}`);
      },
      onError: (error) => toast.error(readApiError(error).message),
    }),
  );
  const changeRole = (role: string) => {
    if (role === member.role) return;
    updateRole.mutate({ orgId, projectId: project.id, userId: member.userId, role: role as ProjectRole });
  };

  return (
    <>
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button
            variant="ghost"
            size="icon"
            aria-label={`Actions for ${member.name}`}
            loading={updateRole.isPending}
          >
            {!updateRole.isPending && <EllipsisVertical aria-hidden className="size-4" />}
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="end">
          <DropdownMenuLabel>Project role</DropdownMenuLabel>
          <DropdownMenuRadioGroup value={member.role} onValueChange={changeRole}>
            {projectRoles.map((role) => (
              <DropdownMenuRadioItem key={role} value={role}>
                {projectRoleLabels[role]}
              </DropdownMenuRadioItem>
            ))}
          </DropdownMenuRadioGroup>
          <DropdownMenuSeparator />
          <DropdownMenuItem destructive onSelect={() => setRemoving(true)}>
            <UserMinus aria-hidden className="size-4" />
            {isMe ? 'Leave project…' : 'Remove from project…'}
          </DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
      <RemoveMemberDialog
        project={project}
        member={member}
        isMe={isMe}
        open={removing}
        onOpenChange={setRemoving}
      />
    </>
  );
}
