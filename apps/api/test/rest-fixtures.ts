// /v1 tests: Roster as `pnpm start` runs it (startRoster), people in every role, content uploaded
// through core's upload use cases (bytes into the running API's storage), and HTTP helpers.
import { createHash, randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { beginUpload, completeUpload, loadMembership, memberScope, sessionCookieName } from '@roster/core';
import { Membership, Project, ProjectMember, User, forkEm, type OrgRole, type ProjectRole } from '@roster/db';
import type { RunningRoster } from '@roster/testing/roster';
import { expect } from 'vitest';

export interface RestPerson {
  userId: string;
  cookie: string;
}

let counter = 0;

/** A user (email verified) with a live session; a member of `orgId` with `role` when given. */
export async function restPerson(roster: RunningRoster, orgId?: string, role: OrgRole = 'member') {
  const em = forkEm(roster.db.orm);
  const email = `rest-${++counter}-${randomBytes(3).toString('hex')}@example.com`;
  const user = em.create(User, {
    email,
    name: `Rest ${counter}`,
    passwordHash: 'x',
    emailVerifiedAt: new Date(),
  });
  if (orgId) em.create(Membership, { organization: orgId, user, role });
  await em.flush();
  const session = await roster.deps!.sessions.createSession(user.id, {});
  return { userId: user.id, cookie: `${sessionCookieName}=${session.id}` };
}

/** A request to the running Roster, as the web app makes it (its Origin) unless told otherwise. */
export function restClient(roster: RunningRoster) {
  return async (
    method: string,
    path: string,
    options: {
      cookie?: string;
      body?: unknown;
      headers?: Record<string, string>;
      origin?: string | null;
    } = {},
  ) => {
    const headers: Record<string, string> = { ...options.headers };
    if (options.cookie) headers.cookie = options.cookie;
    if (options.origin !== null) headers.origin = options.origin ?? roster.url;
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    return fetch(`${roster.url}${path}`, {
      method,
      headers,
      ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
      redirect: 'manual',
    });
  };
}
export type RestClient = ReturnType<typeof restClient>;

/**
 * An organization (created over tRPC, with its Library) and a `members`-only project with a
 * manager, a contributor and a viewer; `plain` is a member assigned to nothing; `stranger` owns
 * another organization.
 */
export async function restTeam(roster: RunningRoster) {
  const owner = await restPerson(roster);
  const created = await fetch(`${roster.url}/trpc/org.create`, {
    method: 'POST',
    headers: { cookie: owner.cookie, origin: roster.url, 'content-type': 'application/json' },
    body: JSON.stringify({ name: `Rest ${randomBytes(2).toString('hex')}` }),
  });
  const orgId = ((await created.json()) as { result: { data: { id: string } } }).result.data.id;
  const em = forkEm(roster.db.orm);
  const project = em.create(Project, { organization: orgId, name: 'Shelf', visibility: 'members' });
  await em.flush();
  const people = {} as Record<'manager' | 'contributor' | 'viewer' | 'plain', RestPerson>;
  for (const role of ['manager', 'contributor', 'viewer', 'plain'] as const) {
    people[role] = await restPerson(roster, orgId);
    if (role !== 'plain') await assignTo(roster, orgId, project.id, people[role].userId, role);
  }
  const stranger = await restPerson(roster);
  const otherOrg = await fetch(`${roster.url}/trpc/org.create`, {
    method: 'POST',
    headers: { cookie: stranger.cookie, origin: roster.url, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'Elsewhere' }),
  });
  const strangerOrgId = ((await otherOrg.json()) as { result: { data: { id: string } } }).result.data.id;
  return { orgId, projectId: project.id, owner, ...people, stranger: { ...stranger, orgId: strangerOrgId } };
}
export type RestTeam = Awaited<ReturnType<typeof restTeam>>;

async function assignTo(
  roster: RunningRoster,
  orgId: string,
  projectId: string,
  userId: string,
  role: ProjectRole,
) {
  const em = forkEm(roster.db.orm);
  em.create(ProjectMember, { organization: orgId, project: projectId, user: userId, role });
  await em.flush();
}

/** Uploads a file as `userId` would through /v1: reserve, write the bytes to storage, complete. */
export async function restUpload(
  roster: RunningRoster,
  who: { userId: string; orgId: string },
  upload: { projectId: string; folderId?: string | null; name: string; bytes: Buffer; contentType?: string },
) {
  const scope = async () => {
    const em = forkEm(roster.db.orm);
    const user = await em.findOneOrFail(User, { id: who.userId });
    const membership = await loadMembership(em, who.userId, who.orgId);
    const actor = { id: user.id, name: user.name, email: user.email, emailVerified: true };
    return memberScope({ em, jobs: roster.deps!.jobs }, actor, membership);
  };
  const { bytes } = upload;
  const ticket = await beginUpload(await scope(), {
    projectId: upload.projectId,
    folderId: upload.folderId ?? null,
    name: upload.name,
    size: bytes.length,
  });
  await roster.deps!.storage.put(ticket.key, Readable.from([bytes]), { size: bytes.length });
  const asset = await completeUpload(await scope(), ticket, {
    size: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    contentType: upload.contentType ?? 'application/octet-stream',
  });
  return { ...asset, key: ticket.key };
}

export const sha256Of = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** The problem body of an answer, after checking it is problem+json with this status. */
export async function problemOf(res: Response, status: number) {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  const body = (await res.json()) as {
    type: string;
    title: string;
    status: number;
    detail: string;
    reason: string;
  };
  expect(body).toMatchObject({ status, type: expect.stringMatching(/^urn:roster:problem:/) });
  expect(body.title).toBeTruthy();
  expect(body.detail).toBeTruthy();
  return body as typeof body & { errors?: { path: string; message: string }[] };
}

/** The folder Plans at the project's root (made by its manager over /v1) holding plan.txt. */
export async function restPlans(roster: RunningRoster, call: RestClient, t: RestTeam) {
  const res = await call('POST', `/v1/projects/${t.projectId}/folders`, {
    cookie: t.manager.cookie,
    body: { name: 'Plans' },
  });
  const folderId = ((await res.json()) as { id: string }).id;
  const asset = await restUpload(
    roster,
    { userId: t.manager.userId, orgId: t.orgId },
    { projectId: t.projectId, folderId, name: 'plan.txt', bytes: Buffer.from('the plan') },
  );
  return { folderId, assetId: asset.id };
}
