import { findMemberPage, type EntityManager, type MembershipWithOrg } from '@roster/db';
import type { OrgRole } from '../vocabulary/roles.js';
import { assertCan } from '../permissions/assert.js';
import type { ListMembersInput } from './schemas.js';

export interface MemberDto {
  userId: string;
  email: string;
  name: string;
  role: OrgRole;
  joinedAt: string;
}

export interface MemberPageDto {
  items: MemberDto[];
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
  /** How many members match the search (all members without one). */
  total: number;
}

export const defaultMemberPageSize = 50;

/** `member.list`: a page of members ordered by email, optionally filtered by name or email. */
export async function listMembers(
  em: EntityManager,
  actor: MembershipWithOrg,
  input: Omit<ListMembersInput, 'orgId'>,
): Promise<MemberPageDto> {
  assertCan(actor.role, 'org.read');
  const limit = input.limit ?? defaultMemberPageSize;
  const { rows, total } = await findMemberPage(em, {
    orgId: actor.org.id,
    search: input.search || undefined,
    after: input.cursor,
    limit: limit + 1,
  });
  const page = rows.slice(0, limit);
  return {
    items: page.map((r) => ({ ...r, joinedAt: r.joinedAt.toISOString() })),
    nextCursor: rows.length > limit ? page.at(-1)!.email : null,
    total,
  };
}
