import { can, canInProject } from '@roster/core/browser';
import { useQuery } from '@tanstack/react-query';
import { useSearch } from '@tanstack/react-router';
import { CloudOff } from 'lucide-react';
import { Button } from '../../components/ui/button';
import { Card } from '../../components/ui/card';
import { EmptyState } from '../../components/ui/empty-state';
import { readApiError } from '../../lib/api-error';
import { useDocumentTitle } from '../../lib/use-document-title';
import { ContentBrowser } from '../content/content-browser';
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
import { ProjectTabs } from './project-tabs';

/**
 * `/orgs/$orgId/projects/$projectId`: a project's files and folders (the Content tab), or who is in
 * it and what they may do (`?tab=members`). Controls the user's roles do not allow are not shown;
 * an archived project is read-only.
 */
export function ProjectScreen() {
  const org = useCurrentOrg();
  const projectId = useProjectId();
  const project = useQuery(projectQuery(org.id, projectId));
  const search = useSearch({ from: '/_signed-in/orgs/$orgId/projects/$projectId' });
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
      <ProjectTabs
        orgId={org.id}
        projectId={data.id}
        tab={search.tab ?? 'content'}
        memberCount={data.memberCount}
      />
      {search.tab === 'members' ? (
        <div className="mt-6">
          <ProjectFacts project={data} orgRole={org.role} />
          <ProjectMembers orgId={org.id} project={data} manageable={manages && active} />
        </div>
      ) : (
        <Card className="mt-6">
          <ContentBrowser orgId={org.id} project={data} search={search} />
        </Card>
      )}
    </>
  );
}
