import { CloudOff, FolderKanban, Plus } from 'lucide-react';
import { Button } from '../../components/ui/button';
import { EmptyState } from '../../components/ui/empty-state';
import { readApiError } from '../../lib/api-error';

/**
 * No project besides the Library (which every organization has): owners and admins are offered to
 * create one; members are told how they get into projects.
 */
export function NoProjects({
  manageable,
  archived,
  separated,
  onCreate,
}: {
  manageable: boolean;
  archived: boolean;
  /** Below the table (which then shows only the Library). */
  separated: boolean;
  onCreate(): void;
}) {
  return (
    <div className={separated ? 'border-t border-zinc-100' : undefined}>
      <EmptyState
        icon={FolderKanban}
        title="No projects yet"
        action={
          manageable && (
            <Button onClick={onCreate}>
              <Plus aria-hidden className="size-4" />
              New project
            </Button>
          )
        }
      >
        {manageable
          ? archived
            ? 'Nothing besides the Library, archived or not. Create a project to give a team its own space.'
            : 'Besides the Library, the organization has no projects. Create one to give a team its own space.'
          : 'You have not been added to any project yet. Owners and admins add people to projects; the Library is open to everyone.'}
      </EmptyState>
    </div>
  );
}

export function ProjectsError({
  error,
  retrying,
  onRetry,
}: {
  error: unknown;
  retrying: boolean;
  onRetry(): void;
}) {
  return (
    <EmptyState
      icon={CloudOff}
      title="Projects could not be loaded"
      action={
        <Button variant="secondary" loading={retrying} onClick={onRetry}>
          Try again
        </Button>
      }
    >
      {readApiError(error).message}
    </EmptyState>
  );
}
