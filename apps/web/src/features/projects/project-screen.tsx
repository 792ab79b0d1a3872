import { can, canInProject } from '@roster/core/browser';
import { useQuery } from '@tanstack/react-query';
import { CloudOff } from 'lucide-react';
import { Button } from '../../components/ui/button';
import { EmptyState } from '../../components/ui/empty-state';
import { readApiError } from '../../lib/api-error';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useCurrentOrg } from '../organizations/org-queries';
import { ArchivedBanner } from './archived-banner';
import { ProjectBreadcrumbs } from './project-breadcrumbs';
import { ProjectFacts } from './project-facts';
import { isProjectNotFound } from './project-format';
import { ProjectHeader } from './project-header';
import { ProjectMembers } from './project-members';
import { ProjectNotFound } from './project-not-found';
import { projectQuery, useProjectId } from './project-queries';
import { ProjectSkeleton } from './project-skeleton';

/**
 * `/orgs/$orgId/projects/$projectId`: a project, what the user may do in it, and its members.
 * Controls the user's roles do not allow are not shown; an archived project is read-only.
 */
export function ProjectScreen() {
  const org = useCurrentOrg();
  const projectId = useProjectId();
  const project = useQuery(projectQuery(org.id, projectId));
  useDocumentTitle(project.data ? `${project.data.name} · ${org.name}` : `Projects · ${org.name}`);

  if (project.isPending) return <ProjectSkeleton />;
  if (project.isError && isProjectNotFound(project.error)) return <ProjectNotFound orgId={org.id} />;
  if (project.isError)
    return (
      <>
        <ProjectBreadcrumbs orgId={org.id} />
        <EmptyState
          icon={CloudOff}
          title="This project could not be loaded"
          action={
            <Button variant="secondary" loading={project.isFetching} onClick={() => void project.refetch()}>
              Try again
            </Button>
          }
        >
          {readApiError(project.error).message}
        </EmptyState>
      </>
    );

  const data = project.data;
  const active = !data.archivedAt;
  const orgManages = can(org.role, 'project.manage');
  const manages = canInProject(data.role, 'project.manage');
  return (
    <>
      <ProjectHeader
        orgId={org.id}
        project={data}
        canEdit={manages && active}
        canChangeVisibility={orgManages}
        canArchive={orgManages && active && !data.isLibrary}
      />
      {!active && <ArchivedBanner projectId={data.id} canRestore={orgManages} />}
      <ProjectFacts project={data} orgRole={org.role} />
      <ProjectMembers orgId={org.id} project={data} manageable={manages && active} />
    </>
  );
}
