import { Link } from '@tanstack/react-router';
import { FolderKanban } from 'lucide-react';
import { Card, CardBody, CardHeader } from '../../components/ui/card';
import { Skeleton } from '../../components/ui/skeleton';
import { standaloneLinkClass } from '../../components/ui/text-link';
import type { RouterOutputs } from '../../lib/trpc';
import { memberCountLabel } from '../projects/project-format';

type Project = RouterOutputs['project']['list'][number];

const shown = 5;

/** The projects the user sees (the Library first), with how many people each has. */
export function ProjectsGlance({ orgId, projects }: { orgId: string; projects: Project[] | undefined }) {
  return (
    <Card>
      <CardHeader
        title="Projects"
        description={
          projects === undefined
            ? 'Where the organization’s work lives.'
            : `${projects.length} ${projects.length === 1 ? 'project' : 'projects'}`
        }
        action={
          <Link to="/orgs/$orgId/projects" params={{ orgId }} className={standaloneLinkClass}>
            All projects
          </Link>
        }
      />
      <CardBody>
        {projects === undefined ? (
          <Skeleton className="h-40" />
        ) : projects.length === 0 ? (
          <p className="text-sm text-zinc-600">No projects you can see yet.</p>
        ) : (
          <ul className="space-y-1">
            {projects.slice(0, shown).map((project) => (
              <li key={project.id}>
                <Link
                  to="/orgs/$orgId/projects/$projectId"
                  params={{ orgId, projectId: project.id }}
                  className="-mx-2 flex items-center gap-3 rounded-md px-2 py-2 hover:bg-zinc-50 max-lg:min-h-11"
                >
                  <FolderKanban aria-hidden className="size-4 shrink-0 text-zinc-500" />
                  <span className="min-w-0 flex-1 truncate text-sm font-medium text-zinc-900">
                    {project.name}
                  </span>
                  <span className="shrink-0 text-xs text-zinc-600">
                    {memberCountLabel(project.memberCount)}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </CardBody>
    </Card>
  );
}
