// The audit record of every kind of change in an organization (PRODUCT.md §11), made through real
// HTTP (tRPC with a session, /v1 with an API key): its actor (the person or the key), action,
// target, and the request's IP and user agent.
import { AuditRecord, forkEm } from '@roster/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keyOrg, startKeyApi, withKey, type KeyOrg } from './api-keys-fixtures.js';
import { person, type Person } from './project-fixtures.js';
import { cookieOf, send, type Api } from './upload-fixtures.js';

let api: Api;
let org: KeyOrg;
let cookie: string;
let mia: Person;
let adam: Person;
const browser = 'Mozilla/5.0 (AuditTest) Firefox/140.0';

beforeAll(async () => {
  api = await startKeyApi();
  org = await keyOrg(api, 'Audited Co');
  cookie = await cookieOf(api, org.userId);
  mia = await person(api.h, 'Mia', org.orgId, 'member');
  adam = await person(api.h, 'Adam', org.orgId, 'admin');
}, 60_000);
afterAll(() => api?.close());

/** A tRPC mutation over HTTP, as the web app sends it. */
async function mutate<T = unknown>(
  path: string,
  input: unknown,
  as = cookie,
  userAgent = browser,
): Promise<T> {
  const reply = await send(api, 'POST', `/trpc/${path}`, {
    cookie: as,
    headers: { 'content-type': 'application/json', 'user-agent': userAgent },
    body: Buffer.from(JSON.stringify(input)),
  });
  if (reply.status !== 200) throw new Error(`${path}: ${reply.status} ${reply.text}`);
  return (reply.json() as { result: { data: T } }).result.data;
}

/** The organization's audit records, oldest first. */
const records = () =>
  forkEm(api.h.db.orm).find(AuditRecord, { organization: org.orgId }, { orderBy: { createdAt: 'asc' } });

async function lastOf(action: string): Promise<AuditRecord> {
  const found = (await records()).filter((r) => r.action === action).at(-1);
  if (!found) throw new Error(`no audit record ${action}`);
  return found;
}

const byOwner = () => ({ actorType: 'user', actorId: org.userId, ip: '127.0.0.1', userAgent: browser });

describe('a change made with a session', () => {
  it('records the organization, its members and invitations with the person, target, IP and UA', async () => {
    const { orgId } = org;
    await mutate('org.rename', { orgId, name: 'Audited Co 2' });
    expect(await lastOf('organization.renamed')).toMatchObject({
      ...byOwner(),
      targetType: 'organization',
      targetId: orgId,
      targetName: 'Audited Co 2',
      summary: { before: { name: 'Audited Co' }, after: { name: 'Audited Co 2' } },
    });
    await mutate('org.updateSettings', { orgId, invitationExpiry: '24h' });
    expect(await lastOf('organization.settings_updated')).toMatchObject({
      ...byOwner(),
      summary: { after: { invitationExpiry: '24h' } },
    });
    await mutate('member.updateRole', { orgId, userId: mia.userId, role: 'admin' });
    expect(await lastOf('member.role_changed')).toMatchObject({
      ...byOwner(),
      targetType: 'user',
      targetId: mia.userId,
      targetName: 'Mia',
      summary: { before: { role: 'member' }, after: { role: 'admin' } },
    });
    const invited = await mutate<{ results: { invitationId: string }[] }>('invitation.create', {
      orgId,
      emails: ['someone-new@example.com'],
      role: 'member',
    });
    const invitationId = invited.results[0]!.invitationId;
    expect(await lastOf('invitation.created')).toMatchObject({
      ...byOwner(),
      targetType: 'invitation',
      targetId: invitationId,
      targetName: 'someone-new@example.com',
    });
    await mutate('invitation.revoke', { orgId, invitationId });
    expect(await lastOf('invitation.revoked')).toMatchObject({
      ...byOwner(),
      targetId: invitationId,
      targetName: 'someone-new@example.com',
    });
  });

  it('records an invitation answered by the invitee as the invitee', async () => {
    const { orgId } = org;
    const [yes, no] = [await person(api.h, 'Yara'), await person(api.h, 'Noel')];
    const invited = await mutate<{ results: { invitationId: string }[] }>('invitation.create', {
      orgId,
      emails: [yes.email, no.email],
      role: 'member',
    });
    const [accept, decline] = invited.results.map((r) => r.invitationId);
    await mutate(
      'invitation.accept',
      { invitationId: accept },
      await cookieOf(api, yes.userId),
      'YaraPhone/1',
    );
    await mutate(
      'invitation.decline',
      { invitationId: decline },
      await cookieOf(api, no.userId),
      'NoelPad/2',
    );
    expect(await lastOf('invitation.accepted')).toMatchObject({
      actorType: 'user',
      actorId: yes.userId,
      actorName: 'Yara',
      targetType: 'invitation',
      targetId: accept,
      targetName: yes.email,
      userAgent: 'YaraPhone/1',
      ip: '127.0.0.1',
    });
    expect(await lastOf('invitation.declined')).toMatchObject({
      actorId: no.userId,
      targetId: decline,
      userAgent: 'NoelPad/2',
    });
  });

  it('records projects, project members and content', async () => {
    const { orgId } = org;
    const project = await mutate<{ id: string }>('project.create', {
      orgId,
      name: 'Gamma',
      visibility: 'members',
    });
    expect(await lastOf('project.created')).toMatchObject({
      ...byOwner(),
      targetType: 'project',
      targetId: project.id,
      targetName: 'Gamma',
    });
    await mutate('project.update', { orgId, projectId: project.id, name: 'Gamma 2' });
    expect(await lastOf('project.updated')).toMatchObject({
      targetName: 'Gamma 2',
      summary: { after: { name: 'Gamma 2' } },
    });
    await mutate('project.member.add', { orgId, projectId: project.id, userId: adam.userId, role: 'viewer' });
    expect(await lastOf('project.member_added')).toMatchObject({
      ...byOwner(),
      targetType: 'user',
      targetId: adam.userId,
      targetName: 'Adam',
      summary: { after: { projectId: project.id, projectName: 'Gamma 2', role: 'viewer' } },
    });
    await mutate('project.member.remove', { orgId, projectId: project.id, userId: adam.userId });
    expect(await lastOf('project.member_removed')).toMatchObject({ targetId: adam.userId });
    const folder = await mutate<{ id: string }>('folder.create', {
      orgId,
      projectId: project.id,
      name: 'Docs',
    });
    expect(await lastOf('folder.created')).toMatchObject({
      ...byOwner(),
      targetType: 'folder',
      targetId: folder.id,
      targetName: 'Docs',
    });
    await mutate('folder.delete', { orgId, folderId: folder.id });
    expect(await lastOf('folder.deleted')).toMatchObject({ targetId: folder.id, targetName: 'Docs' });
    await mutate('project.archive', { orgId, projectId: project.id });
    expect(await lastOf('project.archived')).toMatchObject({ targetId: project.id, targetName: 'Gamma 2' });
  });
});

describe('a change made with an API key', () => {
  it('records the key as the actor, with the IP and user agent of its request', async () => {
    const created = await mutate<{ apiKey: { id: string }; secret: string }>('apiKey.create', {
      orgId: org.orgId,
      name: 'CI uploader',
      scopes: ['content:read', 'content:write'],
    });
    const key = { id: created.apiKey.id, secret: created.secret };
    expect(await lastOf('apiKey.created')).toMatchObject({
      ...byOwner(),
      targetType: 'apiKey',
      targetId: key.id,
      targetName: 'CI uploader',
    });
    const headers = { 'user-agent': 'roster-sync/3.1 (linux)' };
    const folder = await withKey(api, key.secret, 'POST', `/v1/projects/${org.alpha}/folders`, {
      json: { name: 'From CI' },
      headers,
    });
    expect(folder.status).toBe(201);
    const bytes = Buffer.from('hello audit');
    const upload = await withKey(
      api,
      key.secret,
      'POST',
      `/v1/projects/${org.alpha}/assets?name=report.txt`,
      {
        body: bytes,
        headers: { ...headers, 'content-type': 'application/octet-stream', 'content-length': bytes.length },
      },
    );
    expect(upload.status).toBe(201);
    const byKey = {
      actorType: 'apiKey',
      actorId: key.id,
      actorName: 'CI uploader',
      ip: '127.0.0.1',
      userAgent: 'roster-sync/3.1 (linux)',
    };
    expect(await lastOf('folder.created')).toMatchObject({
      ...byKey,
      targetId: folder.json().id,
      targetName: 'From CI',
    });
    expect(await lastOf('asset.uploaded')).toMatchObject({
      ...byKey,
      targetType: 'asset',
      targetId: upload.json().id,
      targetName: 'report.txt',
      summary: { after: { name: 'report.txt', size: bytes.length, projectId: org.alpha } },
    });
    await mutate('apiKey.revoke', { orgId: org.orgId, apiKeyId: key.id });
    expect(await lastOf('apiKey.revoked')).toMatchObject({ ...byOwner(), targetId: key.id });
  });
});

describe('ownership and members leaving', () => {
  it('records a removal and a transfer of ownership', async () => {
    const { orgId } = org;
    await mutate('member.remove', { orgId, userId: mia.userId });
    expect(await lastOf('member.removed')).toMatchObject({
      ...byOwner(),
      targetId: mia.userId,
      targetName: 'Mia',
    });
    await mutate('org.transferOwnership', { orgId, userId: adam.userId });
    expect(await lastOf('ownership.transferred')).toMatchObject({
      ...byOwner(),
      targetType: 'user',
      targetId: adam.userId,
      targetName: 'Adam',
      summary: { before: { ownerId: org.userId }, after: { ownerId: adam.userId } },
    });
  });

  it('every record has the id of its event', async () => {
    const all = await records();
    const em = forkEm(api.h.db.orm);
    const events = await em.execute<{ id: string; name: string }[]>(
      'select id, name from events where organization_id = ?',
      [org.orgId],
    );
    expect(new Set(all.map((r) => `${r.id} ${r.action}`))).toEqual(
      new Set(events.map((e) => `${e.id} ${e.name}`)),
    );
  });
});
