// Organizations with people in every organization and project role, written straight to the
// database (invitations are built elsewhere), each person with a live session.
import { randomBytes } from 'node:crypto';
import {
  Membership,
  Project,
  ProjectMember,
  User,
  forkEm,
  type EntityManager,
  type OrgRole,
  type ProjectRole,
} from '@roster/db';
import { sessionCookieName } from '@roster/core';
import type { Caller, Harness } from './harness.js';
import { uniqueEmail } from './harness.js';

export interface Person {
  userId: string;
  email: string;
  name: string;
  caller: Caller;
}

/** A user as after sign-up and the confirmation link: their email is verified. */
function addUser(em: EntityManager, name: string, orgId?: string, role: OrgRole = 'member'): User {
  const email = uniqueEmail(name.toLowerCase());
  const user = em.create(User, { email, name, passwordHash: 'x', emailVerifiedAt: new Date() });
  if (orgId) em.create(Membership, { organization: orgId, user, role });
  return user;
}

/** A session for a user written to the database, and a caller holding it. */
async function signedIn(h: Harness, user: User): Promise<Person> {
  const session = await h.deps.sessions.createSession(user.id, {});
  const caller = await h.caller({ cookie: `${sessionCookieName}=${session.id}` });
  return { userId: user.id, email: user.email, name: user.name, caller };
}

/** A user with a session; `orgId`/`role`: also a member of that organization. */
export async function person(h: Harness, name: string, orgId?: string, role?: OrgRole): Promise<Person> {
  const em = forkEm(h.db.orm);
  const user = addUser(em, name, orgId, role);
  await em.flush();
  return signedIn(h, user);
}

/** A user who owns a new organization (with its Library, as every new organization has). */
export async function owner(h: Harness, orgName = `Org ${randomBytes(2).toString('hex')}`) {
  const who = await person(h, 'Owner');
  const org = await who.caller.org.create({ name: orgName });
  return { ...who, orgId: org.id };
}

export async function assign(
  h: Harness,
  orgId: string,
  projectId: string,
  userId: string,
  role: ProjectRole,
) {
  const em = forkEm(h.db.orm);
  em.create(ProjectMember, { organization: orgId, project: projectId, user: userId, role });
  await em.flush();
}

/**
 * One organization: its owner, an admin, members assigned to `restricted` (visibility `members`)
 * as manager, contributor and viewer, a member assigned to nothing (`plain`), `target` (assigned
 * viewer, for role changes and removal) and `candidate` (in the organization, in no project).
 * `open` is visible to the whole organization, with nobody assigned.
 */
export async function team(h: Harness) {
  const boss = await owner(h, 'Team Inc');
  const { orgId } = boss;
  const em = forkEm(h.db.orm);
  const users = {
    admin: addUser(em, 'Admin', orgId, 'admin'),
    manager: addUser(em, 'Manager', orgId),
    contributor: addUser(em, 'Contributor', orgId),
    viewer: addUser(em, 'Viewer', orgId),
    plain: addUser(em, 'Plain', orgId),
    target: addUser(em, 'Target', orgId),
    candidate: addUser(em, 'Candidate', orgId),
  };
  const restricted = em.create(Project, { organization: orgId, name: 'Restricted', visibility: 'members' });
  const open = em.create(Project, { organization: orgId, name: 'Open', visibility: 'organization' });
  for (const [who, role] of [
    ['manager', 'manager'],
    ['contributor', 'contributor'],
    ['viewer', 'viewer'],
    ['target', 'viewer'],
  ] as const)
    em.create(ProjectMember, { organization: orgId, project: restricted, user: users[who], role });
  await em.flush();
  const [admin, manager, contributor, viewer, plain, target, candidate] = await Promise.all(
    Object.values(users).map((user) => signedIn(h, user)),
  );
  return {
    orgId,
    owner: boss,
    admin: admin!,
    manager: manager!,
    contributor: contributor!,
    viewer: viewer!,
    plain: plain!,
    target: target!,
    candidate: candidate!,
    restricted: { id: restricted.id },
    open: { id: open.id },
  };
}

export type Team = Awaited<ReturnType<typeof team>>;

/** An organization with its owner (signed up), an admin and a member. */
export async function orgOfThree(h: Harness, name = 'Members Inc') {
  const owner = await h.signUp({ companyName: name, name: 'Olive Owner' });
  const admin = await person(h, 'Adam', owner.orgId, 'admin');
  const member = await person(h, 'Mia', owner.orgId, 'member');
  return { owner, admin, member, orgId: owner.orgId };
}
