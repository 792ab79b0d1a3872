import { projectRoleLabels } from '@roster/core/browser';
import { Avatar } from '../../components/ui/avatar';
import { cn } from '../../lib/cn';
import { roleLabels } from '../organizations/org-format';
import { RoleBadge } from './project-badges';
import { effectiveRoleReason } from './project-format';
import type { Project, ProjectMember } from './project-queries';
import { MemberRowMenu } from './member-row-menu';

const th =
  'px-4 py-2.5 text-left text-xs font-medium tracking-wide whitespace-nowrap text-zinc-500 uppercase first:pl-5';

/** A project's members: who they are, their roles, and (for its managers) a menu per row. */
export function MemberTable({
  project,
  members,
  meId,
  manageable,
}: {
  project: Project;
  members: ProjectMember[];
  meId: string | undefined;
  manageable: boolean;
}) {
  return (
    <table className="w-full table-fixed text-sm">
      <thead className="border-b border-zinc-100 bg-zinc-50/60">
        <tr>
          <th scope="col" className={th}>
            Name
          </th>
          <th scope="col" className={cn(th, 'w-60')}>
            Email
          </th>
          <th scope="col" className={cn(th, 'w-28')}>
            Org role
          </th>
          <th scope="col" className={cn(th, 'w-32')}>
            Project role
          </th>
          <th scope="col" className={cn(th, 'w-44')}>
            Effective role
          </th>
          {manageable && (
            <th scope="col" className="w-14">
              <span className="sr-only">Actions</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody className="divide-y divide-zinc-100">
        {members.map((member) => {
          const reason = effectiveRoleReason(member);
          return (
            <tr key={member.userId} className="hover:bg-zinc-50/60">
              <td className="py-3 pr-4 pl-5">
                <div className="flex min-w-0 items-center gap-2.5">
                  <Avatar name={member.name} className="size-7 text-[10px]" />
                  <span className="truncate font-medium text-zinc-900">{member.name}</span>
                  {member.userId === meId && <span className="shrink-0 text-xs text-zinc-500">(you)</span>}
                </div>
              </td>
              <td className="truncate px-4 py-3 text-zinc-600" title={member.email}>
                {member.email}
              </td>
              <td className="px-4 py-3 text-zinc-600">{roleLabels[member.orgRole]}</td>
              <td className="px-4 py-3 text-zinc-700">{projectRoleLabels[member.role]}</td>
              <td className="px-4 py-3">
                <div className="flex flex-col items-start gap-0.5">
                  <RoleBadge role={member.effectiveRole} />
                  {reason && <span className="text-xs text-zinc-500">{reason}</span>}
                </div>
              </td>
              {manageable && (
                <td className="py-3 pr-4 text-right">
                  <MemberRowMenu project={project} member={member} isMe={member.userId === meId} />
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
