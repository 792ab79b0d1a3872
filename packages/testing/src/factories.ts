// Rows for tests and the bench to start from, written directly (as the use cases leave them), each
// with unique emails and names: a verified user, an organization with members of given roles, a
// pending invitation with its link token, a project with members.
import { randomBytes } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/core';
import { hashPassword, newLinkToken } from '@roster/core';
import {
  Invitation,
  Membership,
  Organization,
  Project,
  ProjectMember,
  User,
  forkEm,
  type InvitedRole,
  type OrgRole,
  type Plan,
  type ProjectRole,
  type ProjectVisibility,
} from '@roster/db';

const tag = () => randomBytes(4).toString('hex');

export interface SeededUser {
  id: string;
  email: string;
  name: string;
}

/**
 * A user as sign-up and the confirmation link leave them (`verified: false` for one who has not
 * confirmed yet). Without `password` the hash matches no password: sign in through a session.
 */
export async function seedUser(
  orm: MikroORM,
  options: { email?: string; name?: string; verified?: boolean; password?: string } = {},
): Promise<SeededUser> {
  const em = forkEm(orm);
  const user = em.create(User, {
    email: options.email ?? `user-${tag()}@example.com`,
    name: options.name ?? 'Ada Lovelace',
    passwordHash: options.password ? await hashPassword(options.password) : 'not-a-real-hash',
    emailVerifiedAt: options.verified === false ? null : new Date(),
  });
  await em.flush();
  return { id: user.id, email: user.email, name: user.name };
}

export interface SeededOrganization {
  id: string;
  name: string;
  owner: SeededUser;
  /** The other members, in the order of `members`. */
  members: (SeededUser & { role: OrgRole })[];
}

/**
 * An organization on `plan` (free by default) owned by `owner` (a new verified user unless given,
 * who lands on it next), with a new verified user for each role in `members`.
 */
export async function seedOrganization(
  orm: MikroORM,
  options: { name?: string; plan?: Plan; owner?: SeededUser; members?: OrgRole[] } = {},
): Promise<SeededOrganization> {
  const owner = options.owner ?? (await seedUser(orm, { name: 'Olivia Owner' }));
  const members: SeededOrganization['members'] = [];
  for (const [i, role] of (options.members ?? []).entries()) {
    members.push({ ...(await seedUser(orm, { name: `Member ${i + 1}` })), role });
  }
  const em = forkEm(orm);
  const org = em.create(Organization, {
    name: options.name ?? `Northwind ${tag()}`,
    plan: options.plan ?? 'free',
  });
  for (const { id, role } of [{ id: owner.id, role: 'owner' as const }, ...members]) {
    em.create(Membership, { organization: org, user: em.getReference(User, id), role });
  }
  await em.flush();
  // As creating an organization does: its owner lands on it next.
  await em.nativeUpdate(User, { id: owner.id }, { lastOrgId: org.id });
  return { id: org.id, name: org.name, owner, members };
}

export interface SeededInvitation {
  id: string;
  email: string;
  /** The link token, as the invitee's email carries it (the row keeps only its hash). */
  token: string;
  tokenHash: string;
}

/** A pending invitation on its first link, sent by `invitedBy` (expiring in 7 days by default). */
export async function seedInvitation(
  orm: MikroORM,
  options: {
    orgId: string;
    invitedBy: string | null;
    email?: string;
    role?: InvitedRole;
    expiresAt?: Date | null;
  },
): Promise<SeededInvitation> {
  const em = forkEm(orm);
  const { token, tokenHash } = newLinkToken();
  const invitation = em.create(Invitation, {
    organization: em.getReference(Organization, options.orgId),
    email: options.email ?? `invitee-${tag()}@example.com`,
    role: options.role ?? 'member',
    tokenHash,
    expiresAt:
      options.expiresAt === undefined ? new Date(Date.now() + 7 * 24 * 3_600_000) : options.expiresAt,
    invitedBy: options.invitedBy ? em.getReference(User, options.invitedBy) : null,
  });
  await em.flush();
  return { id: invitation.id, email: invitation.email, token, tokenHash };
}

/** A project of the organization, with these members (already members of the organization). */
export async function seedProject(
  orm: MikroORM,
  options: {
    orgId: string;
    name?: string;
    visibility?: ProjectVisibility;
    members?: { userId: string; role: ProjectRole }[];
  },
): Promise<{ id: string; name: string }> {
  const em = forkEm(orm);
  const organization = em.getReference(Organization, options.orgId);
  const project = em.create(Project, {
    organization,
    name: options.name ?? `Project ${tag()}`,
    visibility: options.visibility ?? 'members',
  });
  for (const { userId, role } of options.members ?? []) {
    em.create(ProjectMember, { project, organization, user: em.getReference(User, userId), role });
  }
  await em.flush();
  return { id: project.id, name: project.name };
}
