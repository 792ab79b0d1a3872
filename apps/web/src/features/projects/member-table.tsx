import { Avatar } from '../../components/ui/avatar';
import { cn } from '../../lib/cn';
import { roleLabels } from '../organizations/org-format';
import { RoleBadge } from './project-badges';
import { effectiveRoleReason } from './project-format';
import type { Project, ProjectMember } from './project-queries';
import { MemberRowMenu } from './member-row-menu';

// Sentence-case headers, as in the members table. Below 768 px only the person and the menu keep a
// column: the organization role and the project role fold into the person's cell. Below 1280 px the
// project role's column narrows (its reason wraps) so that the email keeps more of its room.
const th =
  'px-4 py-2.5 text-left text-xs font-medium whitespace-nowrap text-zinc-500 first:pl-5 max-md:first:pl-4';
const wide = 'max-md:hidden';

/**
 * A project's members: who they are, their organization role, and one project role: what they may
 * do, with where it comes from when that is more than they were given (the organization role or the
 * project's visibility). Its managers get a ⋮ menu per row.
 */
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
    <table className="relative w-full table-fixed text-sm">
      <caption className="sr-only">Members of {project.name}</caption>
      <thead className="border-b border-zinc-100 bg-zinc-50/60">
        <tr>
          <th scope="col" className={th}>
            Name
          </th>
          <th scope="col" className={cn(th, wide, 'w-36')}>
            Organization role
          </th>
          <th scope="col" className={cn(th, wide, 'w-64 max-xl:w-52')}>
            Project role
          </th>
          {manageable && (
            <th scope="col" className="w-14 max-lg:w-16">
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
              <td className="py-3 pr-4 pl-5 max-md:pl-4">
                <div className="flex min-w-0 items-center gap-2.5">
                  <Avatar name={member.name} className="size-8 shrink-0 text-[11px]" />
                  <div className="min-w-0">
                    <p className="flex min-w-0 items-center gap-1.5">
                      <span className="truncate font-medium text-zinc-900">{member.name}</span>
                      {member.userId === meId && (
                        <span className="shrink-0 text-xs text-zinc-500">(you)</span>
                      )}
                    </p>
                    <p className="truncate text-zinc-500" title={member.email}>
                      {member.email}
                    </p>
                    <div className="mt-1.5 md:hidden">
                      <ProjectRole member={member} reason={reason} />
                      <p className="mt-1 text-xs text-zinc-500">
                        {roleLabels[member.orgRole]} in the organization
                      </p>
                    </div>
                  </div>
                </div>
              </td>
              <td className={cn('px-4 py-3 text-zinc-600', wide)}>{roleLabels[member.orgRole]}</td>
              <td className={cn('px-4 py-3', wide)}>
                <ProjectRole member={member} reason={reason} />
              </td>
              {manageable && (
                <td className="py-3 pr-4 text-right max-md:pr-2">
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

/** The one project role shown: what they may do, and where it comes from when above the one given. */
function ProjectRole({ member, reason }: { member: ProjectMember; reason: string | null }) {
  return (
    <>
      <RoleBadge role={member.effectiveRole} />
      {reason && <p className="mt-1 text-xs text-zinc-500">{reason}</p>}
    </>
  );
}
