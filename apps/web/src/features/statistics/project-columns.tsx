import type { StatsProjectDto } from '@roster/core/browser';
import { Link } from '@tanstack/react-router';
import { focusRing } from '../../components/ui/button';
import { cn } from '../../lib/cn';
import { ArchivedBadge } from '../projects/project-badges';
import { When } from './stats-freshness';
import { activityLabel, countOf, formatBytes, formatCount } from './stats-format';
import type { StatsColumn } from './stats-table';

/**
 * The Overview's columns. At 390 px: the project (its other figures folded under its name) and its
 * storage; from 640 px uploads and downloads, from 768 px files, from 1280 px every column.
 */
export function projectColumns(orgId: string, now: number): StatsColumn<StatsProjectDto>[] {
  const number = (value: number) => formatCount(value);
  return [
    {
      id: 'name',
      header: 'Project',
      sort: 'name',
      cell: (project) => <ProjectCell project={project} orgId={orgId} now={now} />,
    },
    {
      id: 'members',
      header: 'Members',
      sort: 'members',
      numeric: true,
      cell: (p) => number(p.members),
      className: 'w-24 max-xl:hidden',
    },
    {
      id: 'folders',
      header: 'Folders',
      sort: 'folders',
      numeric: true,
      cell: (p) => number(p.folders),
      className: 'w-24 max-xl:hidden',
    },
    {
      id: 'assets',
      header: 'Files',
      sort: 'assets',
      numeric: true,
      cell: (p) => number(p.assets),
      className: 'w-20 max-md:hidden',
    },
    {
      id: 'storage',
      header: 'Storage',
      sort: 'storage',
      numeric: true,
      cell: (p) => formatBytes(p.storageBytes),
      className: 'w-24',
    },
    {
      id: 'uploads',
      header: 'Uploads',
      sort: 'uploads',
      numeric: true,
      cell: (p) => number(p.uploads30d),
      className: 'w-24 max-sm:hidden',
    },
    {
      id: 'downloads',
      header: 'Downloads',
      sort: 'downloads',
      numeric: true,
      cell: (p) => number(p.downloads30d),
      className: 'w-28 max-sm:hidden',
    },
    {
      id: 'lastActivity',
      header: 'Last activity',
      sort: 'lastActivity',
      cell: (p) => <When iso={p.lastActivityAt} now={now} />,
      className: 'w-32 whitespace-nowrap text-zinc-600 max-xl:hidden',
    },
  ];
}

/** The project's name (to its page) and badge; below a width, the figures of its hidden columns. */
function ProjectCell({ project, orgId, now }: { project: StatsProjectDto; orgId: string; now: number }) {
  return (
    <div className="min-w-0">
      <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <Link
          to="/orgs/$orgId/projects/$projectId"
          params={{ orgId, projectId: project.projectId }}
          className={cn(
            // 44 px tall for a finger on touch screens, reaching into the space around it (the row
            // keeps its height).
            'rounded-sm font-medium [overflow-wrap:anywhere] text-zinc-900 hover:text-indigo-600 hover:underline max-lg:-my-3 max-lg:inline-block max-lg:py-3',
            focusRing,
          )}
        >
          {project.name}
        </Link>
        {project.archived && <ArchivedBadge />}
      </p>
      <p className="mt-0.5 text-xs text-zinc-600 xl:hidden">
        <span className="sm:hidden">
          {countOf(project.uploads30d, 'upload')} · {countOf(project.downloads30d, 'download')} ·{' '}
        </span>
        <span className="md:hidden">{countOf(project.assets, 'file')} · </span>
        {countOf(project.members, 'member')} · {countOf(project.folders, 'folder')} ·{' '}
        {project.lastActivityAt ? `Active ${activityLabel(project.lastActivityAt, now)}` : 'No activity yet'}
      </p>
    </div>
  );
}
