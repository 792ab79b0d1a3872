import type { EntityManager } from '@roster/db';
import { findOrgSummaries } from '../organizations/service.js';
import type { UserDto } from '../users/dto.js';
import type { OrgSummaryDto } from '../organizations/dto.js';

export interface MeDto {
  user: UserDto;
  orgs: OrgSummaryDto[];
  lastOrgId: string | null;
}

/**
 * The signed-in user (as the session check just read them from the database, so not loaded
 * again) with their organizations and the one to reopen.
 */
export async function getMe(em: EntityManager, user: UserDto & { lastOrgId: string | null }): Promise<MeDto> {
  const orgs = await findOrgSummaries(em, user.id);
  const lastOrgId = orgs.some((o) => o.id === user.lastOrgId) ? user.lastOrgId : (orgs[0]?.id ?? null);
  const { id, email, name, emailVerified } = user;
  return { user: { id, email, name, emailVerified }, orgs, lastOrgId };
}
