import { User, type EntityManager } from '@roster/db';
import { listOrganizations } from '../organizations/service.js';
import { toUserDto, type UserDto } from './dto.js';
import type { OrgSummaryDto } from '../organizations/dto.js';

export interface MeDto {
  user: UserDto;
  orgs: OrgSummaryDto[];
  lastOrgId: string | null;
}

export async function getMe(em: EntityManager, userId: string): Promise<MeDto> {
  const [user, orgs] = await Promise.all([em.findOneOrFail(User, userId), listOrganizations(em, userId)]);
  const lastOrgId = orgs.some((o) => o.id === user.lastOrgId) ? user.lastOrgId : (orgs[0]?.id ?? null);
  return { user: toUserDto(user), orgs, lastOrgId };
}
