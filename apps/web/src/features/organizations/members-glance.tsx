import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Avatar } from '../../components/ui/avatar';
import { Card, CardBody, CardHeader } from '../../components/ui/card';
import { Skeleton } from '../../components/ui/skeleton';
import { standaloneLinkClass } from '../../components/ui/text-link';
import { trpc } from '../../lib/trpc';
import { roleLabels } from './org-format';

const shown = 5;

/** A few of the organization's members with their roles, and the way to all of them. */
export function MembersGlance({ orgId }: { orgId: string }) {
  const members = useQuery(trpc.member.list.queryOptions({ orgId, limit: shown }));
  const total = members.data?.total;
  return (
    <Card>
      <CardHeader
        title="Members"
        description={
          total === undefined
            ? 'Who is in this organization.'
            : `${total} ${total === 1 ? 'person' : 'people'}`
        }
        action={
          <Link to="/orgs/$orgId/members" params={{ orgId }} className={standaloneLinkClass}>
            All members
          </Link>
        }
      />
      <CardBody>
        {members.isPending ? (
          <Skeleton className="h-40" />
        ) : members.isError ? (
          <p className="text-sm text-zinc-600">The members could not be loaded.</p>
        ) : (
          <ul className="space-y-3">
            {members.data.items.map((member) => (
              <li key={member.userId} className="flex items-center gap-3">
                <Avatar name={member.name} />
                <div className="min-w-0 flex-1">
                  <p className="truncate text-sm font-medium text-zinc-900">{member.name}</p>
                  <p className="truncate text-xs text-zinc-600">{member.email}</p>
                </div>
                <span className="text-xs text-zinc-600">{roleLabels[member.role]}</span>
              </li>
            ))}
          </ul>
        )}
      </CardBody>
    </Card>
  );
}
