import type { QueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { trpc, type RouterOutputs } from '../../lib/trpc';

export type Project = RouterOutputs['project']['get'];
export type ProjectMember = RouterOutputs['project']['member']['list'][number];

export const projectListQuery = (orgId: string, includeArchived: boolean) =>
  trpc.project.list.queryOptions({ orgId, ...(includeArchived ? { includeArchived: true } : {}) });

export const projectQuery = (orgId: string, projectId: string) =>
  trpc.project.get.queryOptions({ orgId, projectId });

export const projectMembersQuery = (orgId: string, projectId: string) =>
  trpc.project.member.list.queryOptions({ orgId, projectId });

/** The id of the project in the URL (`/orgs/$orgId/projects/$projectId`). */
export function useProjectId(): string {
  return useParams({ from: '/_signed-in/orgs/$orgId/projects/$projectId' }).projectId;
}

/**
 * After any change to a project or its members: everything under `project.*` is refetched (lists,
 * pages, member lists, counts), so every screen agrees with the API.
 */
export async function projectsChanged(queryClient: QueryClient): Promise<void> {
  await queryClient.invalidateQueries({ queryKey: trpc.project.pathKey() });
}
