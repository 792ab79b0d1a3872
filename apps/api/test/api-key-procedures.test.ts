// apiKey.create / .list / .revoke (PRODUCT.md §6, §9): the secret once and only its hash stored,
// project limits within the organization, revocation announced (who may call them: -access).
import { createHash } from 'node:crypto';
import { findApiKey, isWellFormedApiKey, touchApiKeyLastUsed } from '@roster/core';
import { ApiKey, ApiKeyProject, Event, Project, forkEm } from '@roster/db';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createHarness, errorOf, type Harness } from './harness.js';
import { orgOfThree, owner } from './project-fixtures.js';

let h: Harness;
let org: Awaited<ReturnType<typeof orgOfThree>>;
let projects: { alpha: string; beta: string; archived: string };
let foreign: Awaited<ReturnType<typeof owner>> & { projectId: string };

beforeAll(async () => {
  h = await createHarness();
  org = await orgOfThree(h, 'Keys Inc');
  const make = (name: string) =>
    org.owner.caller.project.create({ orgId: org.orgId, name, visibility: 'members' });
  const [alpha, beta, archived] = await Promise.all([make('Alpha'), make('Beta'), make('Old')]);
  await org.owner.caller.project.archive({ orgId: org.orgId, projectId: archived.id });
  projects = { alpha: alpha.id, beta: beta.id, archived: archived.id };
  const other = await owner(h, 'Elsewhere');
  const otherProject = await other.caller.project.create({
    orgId: other.orgId,
    name: 'Theirs',
    visibility: 'members',
  });
  foreign = { ...other, projectId: otherProject.id };
});
afterAll(() => h.close());

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

async function storedRow(id: string): Promise<Record<string, unknown>> {
  const [row] = await forkEm(h.db.orm).execute<Record<string, unknown>[]>(
    'select * from api_keys where id = ?',
    [id],
  );
  return row!;
}

describe('apiKey.create', () => {
  it('shows the secret once and stores only its SHA-256', async () => {
    const { apiKey, secret } = await org.owner.caller.apiKey.create({
      orgId: org.orgId,
      name: '  CI deploys  ',
      scopes: ['content:read', 'usage:read'],
    });
    expect(isWellFormedApiKey(secret)).toBe(true);
    expect(apiKey).toMatchObject({
      name: 'CI deploys',
      prefix: secret.slice(0, 8),
      scopes: ['content:read', 'usage:read'],
      projects: null,
      createdBy: { id: org.owner.userId, name: 'Olive Owner' },
      expiresAt: null,
      lastUsedAt: null,
      revokedAt: null,
      status: 'active',
    });
    const row = await storedRow(apiKey.id);
    expect(row.secret_hash).toBe(sha256(secret));
    expect(row.prefix).toBe(secret.slice(0, 8));
    expect(JSON.stringify(row)).not.toContain(secret.slice(8));
    const events = await forkEm(h.db.orm).find(Event, { name: 'apiKey.created', organizationId: org.orgId });
    const event = events.find((e) => e.payload.apiKeyId === apiKey.id)!;
    expect(event).toMatchObject({
      actorType: 'user',
      actorId: org.owner.userId,
      payload: {
        apiKeyId: apiKey.id,
        name: 'CI deploys',
        scopes: ['content:read', 'usage:read'],
        projectIds: null,
        expiresAt: null,
      },
    });
    expect(JSON.stringify(event.payload)).not.toContain(secret.slice(8));
    expect(JSON.stringify(event.payload)).not.toContain(sha256(secret));
  });

  it('limits a key to some projects and to a time, for admins too', async () => {
    const expiresAt = inDays(30);
    const { apiKey, secret } = await org.admin.caller.apiKey.create({
      orgId: org.orgId,
      name: 'Uploader',
      scopes: ['content:write'],
      projectIds: [projects.beta, projects.alpha, projects.beta],
      expiresAt,
    });
    expect(apiKey).toMatchObject({
      projects: [
        { id: projects.alpha, name: 'Alpha' },
        { id: projects.beta, name: 'Beta' },
      ],
      createdBy: { id: org.admin.userId },
      expiresAt,
    });
    const rows = await forkEm(h.db.orm).find(ApiKeyProject, { apiKey: apiKey.id });
    expect(rows.map((r) => r.project.id).sort()).toEqual([projects.alpha, projects.beta].sort());
    const record = await findApiKey(forkEm(h.db.orm), secret);
    expect(record).toMatchObject({
      id: apiKey.id,
      orgId: org.orgId,
      scopes: ['content:write'],
      expiresAt: new Date(expiresAt),
    });
    expect([...record!.projectIds!].sort()).toEqual([projects.alpha, projects.beta].sort());
    expect(record!.org).toMatchObject({
      id: org.orgId,
      name: 'Keys Inc',
      limits: { apiCallsPerMonth: 10_000 },
    });
  });

  it('refuses invalid input: scopes, name, expiry', async () => {
    const base = { orgId: org.orgId, name: 'Key', scopes: ['content:read' as const] };
    const refused = async (input: object) =>
      (await errorOf(org.owner.caller.apiKey.create({ ...base, ...input } as typeof base))).code;
    expect(await refused({ scopes: [] })).toBe('BAD_REQUEST');
    expect(await refused({ scopes: ['content:delete'] })).toBe('BAD_REQUEST');
    expect(await refused({ scopes: ['content:read', 'content:read'] })).toBe('BAD_REQUEST');
    expect(await refused({ name: '   ' })).toBe('BAD_REQUEST');
    expect(await refused({ name: 'x'.repeat(101) })).toBe('BAD_REQUEST');
    expect(await refused({ name: 'a\u0000b' })).toBe('BAD_REQUEST');
    expect(await refused({ expiresAt: new Date(Date.now() - 60_000).toISOString() })).toBe('BAD_REQUEST');
    expect(await refused({ expiresAt: inDays(800) })).toBe('BAD_REQUEST');
    expect(await refused({ expiresAt: 'tomorrow' })).toBe('BAD_REQUEST');
    expect(await refused({ projectIds: [] })).toBe('BAD_REQUEST');
    expect(await refused({ projectIds: ['not-a-uuid'] })).toBe('BAD_REQUEST');
    expect(await forkEm(h.db.orm).count(ApiKey, { organization: org.orgId, name: 'Key' })).toBe(0);
  });

  it("refuses another organization's, an archived or a missing project like one that does not exist", async () => {
    const create = (projectIds: string[]) =>
      errorOf(
        org.owner.caller.apiKey.create({
          orgId: org.orgId,
          name: 'Key',
          scopes: ['content:read'],
          projectIds,
        }),
      );
    for (const projectId of [foreign.projectId, projects.archived, '00000000-0000-4000-8000-000000000000']) {
      expect(await create([projects.alpha, projectId])).toMatchObject({
        code: 'NOT_FOUND',
        reason: 'PROJECT_NOT_FOUND',
      });
    }
    expect(await forkEm(h.db.orm).count(ApiKey, { organization: org.orgId, name: 'Key' })).toBe(0);
  });
});

describe('apiKey.list', () => {
  it('lists the keys without any secret: active first, newest first', async () => {
    const made = await org.owner.caller.apiKey.create({
      orgId: org.orgId,
      name: 'Listed',
      scopes: ['usage:read'],
    });
    const gone = await org.owner.caller.apiKey.create({
      orgId: org.orgId,
      name: 'Gone',
      scopes: ['usage:read'],
    });
    await org.owner.caller.apiKey.revoke({ orgId: org.orgId, apiKeyId: gone.apiKey.id });
    const list = await org.admin.caller.apiKey.list({ orgId: org.orgId });
    const serialized = JSON.stringify(list);
    for (const { secret } of [made, gone]) {
      expect(serialized).not.toContain(secret.slice(8));
      expect(serialized).not.toContain(sha256(secret));
    }
    expect(list.find((k) => k.id === made.apiKey.id)).toEqual(made.apiKey);
    const statuses = list.map((k) => k.status);
    expect(statuses.indexOf('revoked')).toBeGreaterThan(statuses.lastIndexOf('active'));
    const active = list.filter((k) => k.status === 'active');
    expect(active.map((k) => k.createdAt)).toEqual([...active.map((k) => k.createdAt)].sort().reverse());
    expect(list.find((k) => k.id === gone.apiKey.id)).toMatchObject({ status: 'revoked' });
    expect(await foreign.caller.apiKey.list({ orgId: foreign.orgId })).toEqual([]);
  });

  it('shows when a key was last used, written at most once a minute, and an expired key as expired', async () => {
    const { apiKey, secret } = await org.owner.caller.apiKey.create({
      orgId: org.orgId,
      name: 'Used',
      scopes: ['content:read'],
      expiresAt: inDays(1),
    });
    const em = forkEm(h.db.orm);
    const first = new Date();
    expect(await touchApiKeyLastUsed(em, apiKey.id, first)).toBe(true);
    expect(await touchApiKeyLastUsed(em, apiKey.id, new Date(first.getTime() + 59_000))).toBe(false);
    const later = new Date(first.getTime() + 60_000);
    expect(await touchApiKeyLastUsed(em, apiKey.id, later)).toBe(true);
    expect((await findApiKey(forkEm(h.db.orm), secret))!.lastUsedAt).toEqual(later);
    await forkEm(h.db.orm).nativeUpdate(
      ApiKey,
      { id: apiKey.id },
      { expiresAt: new Date(Date.now() - 1000) },
    );
    const listed = (await org.owner.caller.apiKey.list({ orgId: org.orgId })).find((k) => k.id === apiKey.id);
    expect(listed).toMatchObject({ lastUsedAt: later.toISOString(), status: 'expired' });
  });
});

describe('apiKey.revoke', () => {
  it('revokes once, announces it to every API process, and answers the same again', async () => {
    const announce = vi.spyOn(h.deps.apiKeys, 'announceRevoked');
    const { apiKey, secret } = await org.owner.caller.apiKey.create({
      orgId: org.orgId,
      name: 'Old',
      scopes: ['content:read'],
    });
    const revoked = await org.admin.caller.apiKey.revoke({ orgId: org.orgId, apiKeyId: apiKey.id });
    expect(revoked).toMatchObject({ id: apiKey.id, status: 'revoked', revokedAt: expect.any(String) });
    expect(announce).toHaveBeenCalledWith(apiKey.id);
    const again = await org.owner.caller.apiKey.revoke({ orgId: org.orgId, apiKeyId: apiKey.id });
    expect(again).toEqual(revoked);
    expect(announce).toHaveBeenCalledTimes(2);
    announce.mockRestore();
    expect(await storedRow(apiKey.id)).toMatchObject({ revoked_by_id: org.admin.userId });
    const record = await findApiKey(forkEm(h.db.orm), secret);
    expect(record!.revokedAt).toEqual(new Date(revoked.revokedAt!));
    const events = await forkEm(h.db.orm).find(Event, { name: 'apiKey.revoked', organizationId: org.orgId });
    expect(events.filter((e) => e.payload.apiKeyId === apiKey.id)).toHaveLength(1);
  });

  it("answers API_KEY_NOT_FOUND for a missing key and another organization's", async () => {
    const theirs = await foreign.caller.apiKey.create({
      orgId: foreign.orgId,
      name: 'Theirs',
      scopes: ['content:read'],
    });
    for (const apiKeyId of [theirs.apiKey.id, '00000000-0000-4000-8000-000000000000']) {
      expect(await errorOf(org.owner.caller.apiKey.revoke({ orgId: org.orgId, apiKeyId }))).toMatchObject({
        code: 'NOT_FOUND',
        reason: 'API_KEY_NOT_FOUND',
      });
    }
    expect((await storedRow(theirs.apiKey.id)).revoked_at).toBeNull();
    expect((await errorOf(org.owner.caller.apiKey.revoke({ orgId: org.orgId, apiKeyId: 'x' }))).code).toBe(
      'BAD_REQUEST',
    );
  });
});

describe('project limits', () => {
  it('drops a deleted project from the key', async () => {
    const extra = await org.owner.caller.project.create({
      orgId: org.orgId,
      name: 'Temp',
      visibility: 'members',
    });
    const { apiKey, secret } = await org.owner.caller.apiKey.create({
      orgId: org.orgId,
      name: 'Temp key',
      scopes: ['content:read'],
      projectIds: [extra.id, projects.alpha],
    });
    await forkEm(h.db.orm).nativeDelete(Project, { id: extra.id });
    expect((await findApiKey(forkEm(h.db.orm), secret))!.projectIds).toEqual([projects.alpha]);
    const listed = (await org.owner.caller.apiKey.list({ orgId: org.orgId })).find((k) => k.id === apiKey.id);
    expect(listed!.projects).toEqual([{ id: projects.alpha, name: 'Alpha' }]);
  });
});
