// GET /v1/usage and GET /v1/exports/usage.csv (PRODUCT §6, §7, §9): who may read an organization's
// usage (owners, admins, keys with usage:read), the period and grouping, and the CSV's content.
import { noId } from '@roster/core';
import { UsageDaily, forkEm } from '@roster/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKey, expectProblem, keyOrg, startKeyApi, withKey, type KeyOrg } from './api-keys-fixtures.js';
import { person } from './project-fixtures.js';
import { cookieOf, send, type Api } from './upload-fixtures.js';

let api: Api;
let org: KeyOrg;
let other: KeyOrg;
const cookies = {} as Record<'owner' | 'admin' | 'member' | 'stranger', string>;
let formulaProject: string;
let reader: { id: string; secret: string };
let writer: { id: string; secret: string };
const today = new Date().toISOString().slice(0, 10);
const month = today.slice(0, 7);

beforeAll(async () => {
  api = await startKeyApi();
  org = await keyOrg(api, 'Usage Co');
  other = await keyOrg(api, 'Other Co');
  cookies.owner = await cookieOf(api, org.userId);
  cookies.admin = await cookieOf(api, (await person(api.h, 'Admin', org.orgId, 'admin')).userId);
  cookies.member = await cookieOf(api, (await person(api.h, 'Member', org.orgId, 'member')).userId);
  cookies.stranger = await cookieOf(api, other.userId);
  formulaProject = (
    await org.caller.project.create({
      orgId: org.orgId,
      name: '=HYPERLINK("http://x","y")',
      visibility: 'organization',
    })
  ).id;
  reader = await createKey(org, { scopes: ['usage:read'], name: 'Reader' });
  writer = await createKey(org, { scopes: ['content:read', 'content:write'], name: 'Writer' });
  const em = forkEm(api.h.db.orm);
  const row = (
    projectId: string,
    apiKeyId: string,
    apiCalls: number,
    bandwidthIn: number,
    bandwidthOut: number,
  ) =>
    em.create(UsageDaily, {
      organization: org.orgId,
      day: today,
      projectId,
      apiKeyId,
      apiCalls,
      bandwidthIn,
      bandwidthOut,
    });
  row(org.alpha, reader.id, 3, 100, 2000);
  row(formulaProject, noId, 0, 0, 50);
  row(noId, reader.id, 2, 0, 0);
  em.create(UsageDaily, {
    organization: other.orgId,
    day: today,
    projectId: noId,
    apiKeyId: noId,
    apiCalls: 9,
  });
  await em.flush();
}, 60_000);
afterAll(async () => {
  await api?.close();
});

const usagePath = (query: Record<string, string>) => `/v1/usage?${new URLSearchParams(query).toString()}`;

describe('GET /v1/usage', () => {
  it('gives owners and admins the rows of the period, by project, by key or by day', async () => {
    for (const cookie of [cookies.owner, cookies.admin]) {
      const res = await send(
        api,
        'GET',
        usagePath({ orgId: org.orgId, from: today, to: today, groupBy: 'project' }),
        {
          cookie,
        },
      );
      expect(res.status).toBe(200);
      const body = res.json() as { groupBy: string; rows: { projectId: string | null; apiCalls: number }[] };
      expect(body.groupBy).toBe('project');
      expect(body.rows).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            projectId: org.alpha,
            projectName: 'Alpha',
            apiCalls: 3,
            bandwidthOut: 2000,
          }),
          expect.objectContaining({ projectId: null, apiCalls: 2 }),
        ]),
      );
    }
    const byKey = await send(api, 'GET', usagePath({ orgId: org.orgId, groupBy: 'apiKey' }), {
      cookie: cookies.owner,
    });
    expect(byKey.json().rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ apiKeyId: reader.id, apiKeyName: 'Reader', apiCalls: 5 }),
      ]),
    );
  });

  it('defaults to this UTC month, day by day', async () => {
    const res = await send(api, 'GET', usagePath({ orgId: org.orgId }), { cookie: cookies.owner });
    expect(res.status).toBe(200);
    const body = res.json() as {
      from: string;
      to: string;
      groupBy: string;
      rows: { day: string; apiCalls: number }[];
    };
    expect(body).toMatchObject({ from: `${month}-01`, groupBy: 'day' });
    expect(body.to.startsWith(month)).toBe(true);
    expect(body.rows.find((r) => r.day === today)?.apiCalls).toBe(5);
  });

  it('refuses members (403), other organizations (404), no one (401) and bad periods (400)', async () => {
    const path = usagePath({ orgId: org.orgId });
    expectProblem(await send(api, 'GET', path, { cookie: cookies.member }), 403, 'PERMISSION_DENIED');
    const theirs = expectProblem(
      await send(api, 'GET', path, { cookie: cookies.stranger }),
      404,
      'ORG_NOT_FOUND',
    );
    const missing = expectProblem(
      await send(api, 'GET', usagePath({ orgId: '6f1f7c36-0d6c-4f6e-9a55-2d0b8f0e7a11' }), {
        cookie: cookies.stranger,
      }),
      404,
      'ORG_NOT_FOUND',
    );
    expect(theirs).toEqual(missing);
    expectProblem(await send(api, 'GET', path), 401, 'UNAUTHENTICATED');
    const noOrg = expectProblem(
      await send(api, 'GET', '/v1/usage', { cookie: cookies.owner }),
      400,
      'INVALID_INPUT',
    );
    expect(noOrg).toMatchObject({
      errors: [{ path: 'orgId', message: 'Give the organization: ?orgId=<id>.' }],
    });
    const badQueries: Record<string, string>[] = [
      { from: '2026-02-30' },
      { to: 'yesterday' },
      { groupBy: 'week' },
      { from: '2026-03-02', to: '2026-03-01' },
      { from: '2024-01-01', to: '2026-01-01' },
    ];
    for (const query of badQueries)
      expectProblem(
        await send(api, 'GET', usagePath({ orgId: org.orgId, ...query }), { cookie: cookies.owner }),
        400,
        'INVALID_INPUT',
      );
  });

  it('answers a key with usage:read for its own organization only', async () => {
    const own = await withKey(api, reader.secret, 'GET', usagePath({ groupBy: 'project' }));
    expect(own.status).toBe(200);
    expect(own.json().rows).toEqual(
      expect.arrayContaining([expect.objectContaining({ projectId: org.alpha })]),
    );
    expect((await withKey(api, reader.secret, 'GET', usagePath({ orgId: org.orgId }))).status).toBe(200);
    expectProblem(
      await withKey(api, reader.secret, 'GET', usagePath({ orgId: other.orgId })),
      404,
      'ORG_NOT_FOUND',
    );
    expectProblem(await withKey(api, writer.secret, 'GET', usagePath({})), 403, 'API_KEY_SCOPE_MISSING');
  });
});

describe('GET /v1/exports/usage.csv', () => {
  const csvPath = (query: Record<string, string>) =>
    `/v1/exports/usage.csv?${new URLSearchParams(query).toString()}`;

  it('streams the rows as an attachment, formulas escaped', async () => {
    const res = await send(
      api,
      'GET',
      csvPath({ orgId: org.orgId, from: today, to: today, groupBy: 'project' }),
      {
        cookie: cookies.owner,
      },
    );
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="usage-${org.orgId}-${today}-${today}.csv"`,
    );
    const lines = res.text.split('\r\n');
    expect(lines[0]).toBe('\uFEFFprojectId,projectName,apiCalls,bandwidthIn,bandwidthOut');
    expect(lines).toContain(`${org.alpha},Alpha,3,100,2000`);
    expect(lines).toContain(',No project,2,0,0');
    expect(lines).toContain(`${formulaProject},"'=HYPERLINK(""http://x"",""y"")",0,0,50`);
    expect(lines.at(-1)).toBe('');
  });

  it('has a column per day by default, and a key with usage:read may export', async () => {
    const res = await withKey(api, reader.secret, 'GET', csvPath({}));
    expect(res.status).toBe(200);
    const lines = res.text.split('\r\n');
    expect(lines[0]).toBe('\uFEFFday,apiCalls,bandwidthIn,bandwidthOut,storagePeak');
    expect(lines.find((l) => l.startsWith(today))).toMatch(new RegExp(`^${today},5,100,2050,`));
  });

  it('refuses before writing a byte: members, strangers, keys without usage:read, bad periods', async () => {
    const path = csvPath({ orgId: org.orgId });
    expectProblem(await send(api, 'GET', path, { cookie: cookies.member }), 403, 'PERMISSION_DENIED');
    expectProblem(await send(api, 'GET', path, { cookie: cookies.stranger }), 404, 'ORG_NOT_FOUND');
    expectProblem(await withKey(api, writer.secret, 'GET', path), 403, 'API_KEY_SCOPE_MISSING');
    expectProblem(
      await send(api, 'GET', csvPath({ orgId: org.orgId, from: '2026-03-02', to: '2026-03-01' }), {
        cookie: cookies.owner,
      }),
      400,
      'INVALID_INPUT',
    );
  });
});
