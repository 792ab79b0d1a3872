import { User, type EntityManager } from '@roster/db';
import { z } from 'zod';
import { DomainError } from '../errors.js';
import { defaultOwnedOrgLimit } from './constants.js';

/** How many organizations the user owns, against how many they may own (their limit, not a plan's). */
export const ownedOrgsDtoSchema = z.object({ count: z.number().int(), limit: z.number().int() });
export type OwnedOrgsDto = z.infer<typeof ownedOrgsDtoSchema>;

/** The user's owned-organization limit: an operator's setting for them, else the default. */
export function ownedOrgLimitOf(user: Pick<User, 'ownedOrgLimit'>): number {
  return user.ownedOrgLimit ?? defaultOwnedOrgLimit;
}

export async function findOwnedOrgLimit(em: EntityManager, userId: string): Promise<number> {
  const user = await em.findOne(User, userId, { fields: ['ownedOrgLimit'] });
  return user ? ownedOrgLimitOf(user) : defaultOwnedOrgLimit;
}

/** Refuses another organization to a user who owns `limit` already; says who can raise it. */
export function ownedOrgLimitReached(limit: number): DomainError {
  const organizations = limit === 1 ? 'organization' : 'organizations';
  return new DomainError(
    'OWNED_ORG_LIMIT_REACHED',
    `You own ${limit} of ${limit} ${organizations}, your limit. Your Roster operator can raise it.`,
    { limit },
  );
}
