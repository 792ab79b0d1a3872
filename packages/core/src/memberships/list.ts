import { findMemberPage } from '@roster/db';
import { assertCan } from '../permissions/assert.js';
import type { Scope } from '../scope.js';
import type { MemberPageDto } from './dto.js';
import type { ListMembersInput } from './schemas.js';

export const defaultMemberPageSize = 50;

/** `member.list`: a page of members ordered by email, optionally filtered by name or email and role. */
export async function listMembers(scope: Scope, input: ListMembersInput): Promise<MemberPageDto> {
  assertCan(scope, 'org.read');
  const limit = input.limit ?? defaultMemberPageSize;
  const { rows, total } = await findMemberPage(scope.em, {
    orgId: scope.org.id,
    search: input.search || undefined,
    role: input.role,
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
