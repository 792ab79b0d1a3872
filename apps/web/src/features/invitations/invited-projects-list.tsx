import { projectRoleLabels, type ProjectRole } from '@roster/core/browser';
import { FolderKanban } from 'lucide-react';
import { cn } from '../../lib/cn';

/** "Design · Manager": the projects an invitation adds the invitee to, with the role in each. */
export function InvitedProjectsList({
  projects,
  className,
}: {
  projects: { name: string; role: ProjectRole }[];
  className?: string;
}) {
  return (
    <ul className={cn('space-y-1', className)}>
      {projects.map((project, index) => (
        <li key={index} className="flex min-w-0 items-start gap-1.5">
          <FolderKanban aria-hidden className="mt-0.5 size-3.5 shrink-0 text-zinc-400" />
          <span className="min-w-0 [overflow-wrap:anywhere]">
            {project.name}
            <span className="font-normal text-zinc-500"> · {projectRoleLabels[project.role]}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
