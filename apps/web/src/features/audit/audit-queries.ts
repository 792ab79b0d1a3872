import { keepPreviousData } from '@tanstack/react-query';
import { trpc } from '../../lib/trpc';
import { auditFilters, type AuditSearch } from './audit-search-params';

export const auditPageSize = 50;

/** Pages of the log, newest first, filtered by the API; a new filter keeps the last results shown. */
export const auditQuery = (orgId: string, search: AuditSearch) =>
  trpc.audit.list.infiniteQueryOptions(
    { orgId, limit: auditPageSize, ...auditFilters(search) },
    {
      getNextPageParam: (page) => page.nextCursor ?? undefined,
      placeholderData: keepPreviousData,
    },
  );

/** The first 100 members by email, for the actor filter (a larger organization links by id). */
export const actorMembersQuery = (orgId: string) => trpc.member.list.queryOptions({ orgId, limit: 100 });

/** Every API key, revoked ones too, for the actor filter. */
export const actorApiKeysQuery = (orgId: string) => trpc.apiKey.list.queryOptions({ orgId });
