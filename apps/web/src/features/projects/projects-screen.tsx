import { can } from '@roster/core/browser';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { Plus } from 'lucide-react';
import { useState } from 'react';
import { PageHeader } from '../../components/page-header';
import { Button } from '../../components/ui/button';
import { Card } from '../../components/ui/card';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useCurrentOrg } from '../organizations/org-queries';
import { ArchivedToggle } from './archived-toggle';
import { NewProjectDialog } from './new-project-dialog';
import { projectListQuery } from './project-queries';
import { ProjectTable } from './project-table';
import { NoProjects, ProjectsError } from './projects-states';
import { ProjectsSkeleton } from './projects-skeleton';

/** `/orgs/$orgId/projects`: the projects the user sees, Library first. `?archived=true` adds archived ones. */
export function ProjectsScreen({ showArchived }: { showArchived: boolean }) {
  const org = useCurrentOrg();
  useDocumentTitle(`Projects · ${org.name}`);
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const manageable = can(org.role, 'project.manage');
  const archived = manageable && showArchived;
  const projects = useQuery(projectListQuery(org.id, archived));

  const setArchived = (checked: boolean) =>
    void navigate({
      to: '/orgs/$orgId/projects',
      params: { orgId: org.id },
      search: checked ? { archived: true } : {},
      replace: true,
    });
  const create = () => setCreating(true);
  const ownProjects = projects.data?.filter((project) => !project.isLibrary) ?? [];

  return (
    <>
      <PageHeader
        eyebrow={org.name}
        title="Projects"
        description={
          manageable
            ? 'Every project in the organization. Owners and admins manage them all.'
            : 'The Library and the projects you can see, with your role in each.'
        }
        actions={
          manageable && (
            <Button onClick={create}>
              <Plus aria-hidden className="size-4" />
              New project
            </Button>
          )
        }
      />
      {manageable && (
        <div className="mb-3 flex items-center justify-between gap-4">
          <p className="text-sm text-zinc-500" aria-live="polite">
            {projects.data &&
              `${projects.data.length} ${projects.data.length === 1 ? 'project' : 'projects'}`}
          </p>
          <ArchivedToggle checked={archived} onChange={setArchived} />
        </div>
      )}
      <Card className="overflow-hidden">
        {projects.isPending ? (
          <ProjectsSkeleton />
        ) : projects.isError ? (
          <ProjectsError
            error={projects.error}
            retrying={projects.isFetching}
            onRetry={() => void projects.refetch()}
          />
        ) : projects.data.length > 0 ? (
          <ProjectTable orgId={org.id} projects={projects.data} manageable={manageable} />
        ) : null}
        {projects.isSuccess && ownProjects.length === 0 && (
          <NoProjects
            manageable={manageable}
            archived={archived}
            separated={projects.data.length > 0}
            onCreate={create}
          />
        )}
      </Card>
      {manageable && <NewProjectDialog open={creating} onOpenChange={setCreating} />}
    </>
  );
}
