import type { OrgRole, StatsUserDto } from '@roster/core/browser';
import { breakAfter } from '../../components/ui/break-after';
import { roleLabels } from '../organizations/org-format';
import { When } from './stats-freshness';
import { countOf, formatBytes, formatCount } from './stats-format';
import type { StatsColumn } from './stats-table';

/** "Admin"; a role this page does not know is shown as the API names it. */
export const roleLabel = (role: string) => roleLabels[role as OrgRole] ?? role;

/**
 * The Users tab's columns. At 390 px: the person (role and figures folded under the email) and when
 * they were last active; from 640 px the role, from 768 px uploads and downloads, from 1280 px all.
 */
export function userColumns(now: number): StatsColumn<StatsUserDto>[] {
  return [
    { id: 'name', header: 'Name', sort: 'name', cell: (user) => <PersonCell user={user} /> },
    {
      id: 'role',
      header: 'Role',
      sort: 'role',
      cell: (user) => <span className="text-zinc-700">{roleLabel(user.role)}</span>,
      className: 'w-24 max-sm:hidden',
    },
    {
      id: 'projects',
      header: 'Projects',
      sort: 'projects',
      numeric: true,
      cell: (user) => formatCount(user.projects),
      className: 'w-24 max-xl:hidden',
    },
    {
      id: 'uploads',
      header: 'Uploads',
      sort: 'uploads',
      numeric: true,
      cell: (user) => formatCount(user.uploads),
      className: 'w-24 max-md:hidden',
    },
    {
      id: 'downloads',
      header: 'Downloads',
      sort: 'downloads',
      numeric: true,
      cell: (user) => formatCount(user.downloads),
      className: 'w-28 max-md:hidden',
    },
    {
      id: 'bytesUploaded',
      header: 'Uploaded',
      sort: 'bytesUploaded',
      numeric: true,
      cell: (user) => formatBytes(user.bytesUploaded),
      className: 'w-28 max-xl:hidden',
    },
    {
      id: 'lastActive',
      header: 'Last active',
      sort: 'lastActive',
      cell: (user) => <When iso={user.lastActiveAt} now={now} />,
      className: 'w-28 whitespace-nowrap text-zinc-600 sm:w-32',
    },
  ];
}

/** Name and email stacked; below a width, the role and the figures of the hidden columns. */
function PersonCell({ user }: { user: StatsUserDto }) {
  return (
    <div className="min-w-0">
      <p className="font-medium [overflow-wrap:anywhere] text-zinc-900">{user.name}</p>
      <p className="[overflow-wrap:anywhere] text-zinc-600">
        {/* The email whole: where it must wrap, after its @ first. */}
        {breakAfter(user.email, /(?<=@)(?=[^@]*$)/)}
      </p>
      <p className="mt-0.5 text-xs text-zinc-600 xl:hidden">
        <span className="sm:hidden">{roleLabel(user.role)} · </span>
        {countOf(user.projects, 'project')}
        <span className="md:hidden">
          {' '}
          · {countOf(user.uploads, 'upload')} · {countOf(user.downloads, 'download')}
        </span>{' '}
        · {formatBytes(user.bytesUploaded)} uploaded
      </p>
    </div>
  );
}
