import { useQuery } from '@tanstack/react-query';
import { Lock, UserPlus, Users } from 'lucide-react';
import { useMemo, useState } from 'react';
import { Button } from '../../components/ui/button';
import { Card, CardFooter, CardHeader } from '../../components/ui/card';
import { EmptyState } from '../../components/ui/empty-state';
import { Skeleton } from '../../components/ui/skeleton';
import { readApiError } from '../../lib/api-error';
import { meQuery } from '../auth/session';
import { AddMemberDialog } from './add-member-dialog';
import { MemberTable } from './member-table';
import { projectMembersQuery, type Project } from './project-queries';

/** The people assigned to a project; its managers add, re-role and remove them (not once archived). */
export function ProjectMembers({
  orgId,
  project,
  manageable,
}: {
  orgId: string;
  project: Project;
  manageable: boolean;
}) {
  const members = useQuery(projectMembersQuery(orgId, project.id));
  const meId = useQuery(meQuery()).data?.user.id;
  const [adding, setAdding] = useState(false);
  const memberIds = useMemo(() => new Set(members.data?.map((m) => m.userId)), [members.data]);
  const addButton = manageable && (
    <Button size="sm" onClick={() => setAdding(true)}>
      <UserPlus aria-hidden className="size-4" />
      Add member
    </Button>
  );

  let body;
  if (members.isPending)
    body = (
      <div role="status" aria-label="Loading members" className="space-y-3 px-5 py-4">
        <Skeleton className="h-8" />
        <Skeleton className="h-8" />
      </div>
    );
  else if (members.isError)
    body = (
      <EmptyState
        icon={Users}
        title="Members could not be loaded"
        action={
          <Button variant="secondary" loading={members.isFetching} onClick={() => void members.refetch()}>
            Try again
          </Button>
        }
      >
        {readApiError(members.error).message}
      </EmptyState>
    );
  else if (members.data.length === 0)
    body = (
      <EmptyState icon={Users} title="No members yet">
        {manageable
          ? 'Add people from the organization and choose what each of them can do.'
          : 'No one has been added to this project yet.'}
      </EmptyState>
    );
  else body = <MemberTable project={project} members={members.data} meId={meId} manageable={manageable} />;

  return (
    <Card className="mt-6 overflow-hidden">
      <CardHeader
        title="Members"
        description="People added to this project. Owners and admins manage every project without being added."
        action={addButton}
      />
      {body}
      {!manageable && (
        <CardFooter>
          <p className="mr-auto flex items-center gap-2 text-sm text-zinc-500">
            <Lock aria-hidden className="size-4" />
            {project.archivedAt
              ? 'Restore the project to change its members.'
              : 'Only the project’s managers, owners and admins can change its members.'}
          </p>
        </CardFooter>
      )}
      {manageable && (
        <AddMemberDialog
          orgId={orgId}
          project={project}
          memberIds={memberIds}
          open={adding}
          onOpenChange={setAdding}
        />
      )}
    </Card>
  );
}
