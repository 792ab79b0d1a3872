import { createLazyRoute } from '@tanstack/react-router';
import { ProjectsScreen } from '../../features/projects/projects-screen';

/** The projects page's own chunk (orgs.tsx keeps its search rules). */
export const projectsLazyRoute = createLazyRoute('/_signed-in/orgs/$orgId/projects')({
  component: function ProjectsRoute() {
    return <ProjectsScreen showArchived={projectsLazyRoute.useSearch().archived === true} />;
  },
});
