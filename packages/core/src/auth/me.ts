import { z } from 'zod';
import { orgSummaryDtoSchema } from '../organizations/dto.js';
import { findOwnedOrgLimit, ownedOrgsDtoSchema } from '../organizations/owned.js';
import { findOrgSummaries } from '../organizations/service.js';
import type { AccountScope } from '../scope.js';
import { userDtoSchema } from '../users/dto.js';

/** `auth.me`: the signed-in user, their organizations and the one to reopen. */
export const meDtoSchema = z.object({
  user: userDtoSchema,
  orgs: z.array(orgSummaryDtoSchema),
  lastOrgId: z.uuid().nullable(),
  /** The organizations the user owns against their limit ("You own 3 of 3 organizations"). */
  ownedOrgs: ownedOrgsDtoSchema,
});

export type MeDto = z.infer<typeof meDtoSchema>;

/**
 * The signed-in user with their organizations and the one to reopen, or null when nobody is signed
 * in. The user is the scope's actor and `lastOrgId` what the session check read with it (neither
 * is loaded again); only their owned-organization limit is read.
 */
export async function getMe(
  scope: AccountScope,
  session: { lastOrgId: string | null },
): Promise<MeDto | null> {
  if (scope.actor.type !== 'user') return null;
  const { id, email, name, emailVerified } = scope.actor;
  const [orgs, limit] = await Promise.all([findOrgSummaries(scope.em, id), findOwnedOrgLimit(scope.em, id)]);
  const lastOrgId = orgs.some((o) => o.id === session.lastOrgId) ? session.lastOrgId : (orgs[0]?.id ?? null);
  const ownedOrgs = { count: orgs.filter((o) => o.role === 'owner').length, limit };
  return { user: { id, email, name, emailVerified }, orgs, lastOrgId, ownedOrgs };
}
