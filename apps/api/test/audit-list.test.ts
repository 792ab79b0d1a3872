// audit.list (owners and admins): newest first, filtered by actor, action (a name or a family) and
// UTC days, paged by cursor; members FORBIDDEN, another organization NOT_FOUND, bad input 400.
import { randomUUID } from 'node:crypto';
import type { AuditRecordDto } from '@roster/core';
import { AuditRecord, forkEm } from '@roster/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, errorOf, type Caller, type Harness } from './harness.js';
import { orgOfThree, owner } from './project-fixtures.js';

let h: Harness;
let org: Awaited<ReturnType<typeof orgOfThree>>;
let foreign: Awaited<ReturnType<typeof owner>>;
const [ann, bob] = [randomUUID(), randomUUID()];
/** The seeded records, newest first. */
const seeded: { id: string; at: string; actorId: string; action: string }[] = [];

function row(orgId: string, at: string, actorId: string, action: string, id = randomUUID()) {
  return {
    id,
    organization: orgId,
    createdAt: new Date(at),
    actorType: 'user' as const,
    actorId,
    actorName: actorId === ann ? 'Ann' : 'Bob',
    action,
    targetType: 'user',
    targetId: actorId,
    targetName: 'Someone',
    summary: { after: { role: 'admin' } },
    ip: '198.51.100.1',
    userAgent: 'Seeder/1',
  };
}

beforeAll(async () => {
  h = await createHarness();
  org = await orgOfThree(h, 'Logged Inc');
  foreign = await owner(h, 'Elsewhere');
  const plan: [string, string, string][] = [
    ['2020-01-01T00:00:00.000Z', ann, 'member.role_changed'],
    ['2020-01-01T23:59:59.999Z', bob, 'member.removed'],
    ['2020-01-02T10:00:00.000Z', ann, 'project.created'],
    ['2020-01-02T10:00:00.000Z', bob, 'project.member_added'],
    ['2020-01-02T10:00:00.000Z', ann, 'member.role_changed'],
    ['2020-01-03T00:00:00.000Z', bob, 'apiKey.created'],
    ['2020-01-04T12:00:00.000Z', ann, 'member.left'],
  ];
  const rows = plan.map(([at, actorId, action]) => row(org.orgId, at, actorId, action));
  for (const r of rows)
    seeded.push({ id: r.id, at: r.createdAt.toISOString(), actorId: r.actorId, action: r.action });
  seeded.sort((a, b) => (a.at === b.at ? (a.id < b.id ? 1 : -1) : a.at < b.at ? 1 : -1));
  const em = forkEm(h.db.orm);
  await em.insertMany(AuditRecord, [
    ...rows,
    row(foreign.orgId, '2020-01-02T10:00:00.000Z', ann, 'member.removed'),
  ]);
}, 60_000);
afterAll(() => h.close());

const seededDays = { from: '2020-01-01', to: '2020-01-04' };

/** Every page of a listing, following the cursors. */
async function allPages(caller: Caller, input: Record<string, unknown>): Promise<AuditRecordDto[][]> {
  const pages: AuditRecordDto[][] = [];
  let cursor: string | undefined;
  do {
    const page = await caller.audit.list({ orgId: org.orgId, ...input, ...(cursor ? { cursor } : {}) });
    pages.push(page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return pages;
}

describe('audit.list', () => {
  it('lists newest first (ties by id) through cursors, without repeats or gaps', async () => {
    const pages = await allPages(org.owner.caller, { ...seededDays, limit: 2 });
    expect(pages.map((p) => p.length)).toEqual([2, 2, 2, 1]);
    expect(pages.flat().map((r) => r.id)).toEqual(seeded.map((s) => s.id));
    const one = await allPages(org.admin.caller, { ...seededDays, limit: 1 });
    expect(one.flat().map((r) => r.id)).toEqual(seeded.map((s) => s.id));
  });

  it('answers a record as the DTO says', async () => {
    const { items } = await org.owner.caller.audit.list({
      orgId: org.orgId,
      from: '2020-01-04',
      to: '2020-01-04',
    });
    expect(items).toEqual([
      {
        id: seeded[0]!.id,
        createdAt: '2020-01-04T12:00:00.000Z',
        actor: { type: 'user', id: ann, name: 'Ann' },
        action: 'member.left',
        target: { type: 'user', id: ann, name: 'Someone' },
        summary: { after: { role: 'admin' } },
        ip: '198.51.100.1',
        userAgent: 'Seeder/1',
      },
    ]);
  });

  it('filters by actor, action, family and days (both included, UTC)', async () => {
    const ids = async (input: Record<string, unknown>) =>
      (await allPages(org.owner.caller, { ...seededDays, ...input })).flat().map((r) => r.id);
    const expected = (keep: (s: (typeof seeded)[number]) => boolean) => seeded.filter(keep).map((s) => s.id);
    expect(await ids({ actorId: bob })).toEqual(expected((s) => s.actorId === bob));
    expect(await ids({ action: 'member.role_changed' })).toEqual(
      expected((s) => s.action === 'member.role_changed'),
    );
    expect(await ids({ action: 'member.' })).toEqual(expected((s) => s.action.startsWith('member.')));
    expect(await ids({ action: 'project.', actorId: ann })).toEqual(
      expected((s) => s.action.startsWith('project.') && s.actorId === ann),
    );
    expect(await ids({ from: '2020-01-01', to: '2020-01-01' })).toEqual(
      expected((s) => s.at.startsWith('2020-01-01')),
    );
    expect(await ids({ from: '2020-01-02', to: '2020-01-03' })).toEqual(
      expected((s) => s.at >= '2020-01-02' && s.at < '2020-01-04'),
    );
    expect(await ids({ action: 'nothing.' })).toEqual([]);
  });

  it('never shows another organization’s records', async () => {
    const mine = (await allPages(foreign.caller, { orgId: foreign.orgId, ...seededDays })).flat();
    expect(mine.map((r) => r.action)).toEqual(['member.removed']);
    const theirs = await foreign.caller.audit.list({ orgId: foreign.orgId, ...seededDays });
    expect(theirs.items.some((r) => seeded.some((s) => s.id === r.id))).toBe(false);
  });

  it('refuses members (FORBIDDEN), another organization (NOT_FOUND) and no session (UNAUTHORIZED)', async () => {
    expect(await errorOf(org.member.caller.audit.list({ orgId: org.orgId }))).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'PERMISSION_DENIED',
    });
    expect((await errorOf(foreign.caller.audit.list({ orgId: org.orgId }))).code).toBe('NOT_FOUND');
    expect((await errorOf((await h.caller()).audit.list({ orgId: org.orgId }))).code).toBe('UNAUTHORIZED');
  });

  it.each([
    ['an action that is no name', { action: 'drop table;' }],
    ['a day that is no day', { from: '2020-02-30' }],
    ['a period ending before it starts', { from: '2020-01-03', to: '2020-01-02' }],
    ['a forged cursor', { cursor: 'bm90LWEtY3Vyc29y' }],
    ['a cursor that is no base64 JSON', { cursor: '%%%' }],
    ['a limit of 0', { limit: 0 }],
    ['a limit over the page size', { limit: 101 }],
  ])('refuses %s with BAD_REQUEST', async (_label, input) => {
    const error = await errorOf(org.owner.caller.audit.list({ orgId: org.orgId, ...input } as never));
    expect(error.code).toBe('BAD_REQUEST');
  });
});
