// GET /v1/exports/audit.csv: owners and admins with a session; API keys 403, members 403, another
// organization 404, no session 401; formula-like names escaped; 100,000 records streamed with flat
// memory (the API runs in this process: its live heap, after a collection, is sampled every 4 MiB read).
import { randomUUID } from 'node:crypto';
import { request } from 'node:http';
import { AuditRecord, forkEm } from '@roster/db';
import { heapSampler } from '@roster/testing/heap';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKey, expectProblem, keyOrg, startKeyApi, withKey, type KeyOrg } from './api-keys-fixtures.js';
import { owner, person, type Person } from './project-fixtures.js';
import { cookieOf, send, type Api } from './upload-fixtures.js';

let api: Api;
let org: KeyOrg;
let cookie: string;
let member: Person;

beforeAll(async () => {
  api = await startKeyApi();
  org = await keyOrg(api, 'Exported Co');
  cookie = await cookieOf(api, org.userId);
  member = await person(api.h, 'Mia', org.orgId, 'member');
}, 60_000);
afterAll(() => api?.close());

const path = (query: Record<string, string>) =>
  `/v1/exports/audit.csv?${new URLSearchParams(query).toString()}`;

/** The CSV's lines (CRLF), without the byte order mark. */
function linesOf(text: string): string[] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  return text.slice(1).split('\r\n').slice(0, -1);
}

describe('who may export', () => {
  it('answers 401 without a session, whatever the query holds', async () => {
    expectProblem(await send(api, 'GET', path({ orgId: org.orgId })), 401, 'UNAUTHENTICATED');
    expectProblem(await send(api, 'GET', path({ orgId: 'nope', from: 'x' })), 401, 'UNAUTHENTICATED');
  });

  it('refuses a member and any API key (403), another organization (404), bad input (400)', async () => {
    const memberCookie = await cookieOf(api, member.userId);
    expectProblem(
      await send(api, 'GET', path({ orgId: org.orgId }), { cookie: memberCookie }),
      403,
      'PERMISSION_DENIED',
    );
    const key = await createKey(org, { scopes: ['content:read', 'content:write', 'usage:read'] });
    expectProblem(
      await withKey(api, key.secret, 'GET', path({ orgId: org.orgId })),
      403,
      'API_KEY_SCOPE_MISSING',
    );
    const stranger = await owner(api.h, 'Elsewhere');
    const strangerCookie = await cookieOf(api, stranger.userId);
    expectProblem(
      await send(api, 'GET', path({ orgId: org.orgId }), { cookie: strangerCookie }),
      404,
      'ORG_NOT_FOUND',
    );
    expectProblem(
      await send(api, 'GET', path({ orgId: org.orgId, from: '2020-13-01' }), { cookie }),
      400,
      'INVALID_INPUT',
    );
    expectProblem(
      await send(api, 'GET', path({ orgId: org.orgId, from: '2020-01-02', to: '2020-01-01' }), { cookie }),
      400,
      'INVALID_INPUT',
    );
  });
});

describe('the file', () => {
  it('has a header, one line per record and escapes a formula-like name', async () => {
    const evil = await person(api.h, '=HYPERLINK("http://evil.example","x")', org.orgId, 'member');
    await org.caller.member.updateRole({ orgId: org.orgId, userId: evil.userId, role: 'admin' });
    const reply = await send(api, 'GET', path({ orgId: org.orgId, action: 'member.role_changed' }), {
      cookie,
    });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(reply.headers['content-disposition']).toBe(`attachment; filename="audit-${org.orgId}.csv"`);
    const [header, ...rows] = linesOf(reply.text);
    expect(header).toBe(
      'time,actor type,actor id,actor name,action,target type,target id,target name,before,after,ip,user agent',
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain(
      `,member.role_changed,user,${evil.userId},"'=HYPERLINK(""http://evil.example"",""x"")",`,
    );
    expect(rows[0]).toContain(`,user,${org.userId},`);
    expect(rows[0]).toContain(`"{""role"":""member""}","{""role"":""admin""}",127.0.0.1,`);
  });

  it('streams 100,000 records with flat memory', async () => {
    const big = await owner(api.h, 'Big Log Co');
    const em = forkEm(api.h.db.orm);
    const total = 100_000;
    const start = Date.parse('2021-01-01T00:00:00.000Z');
    const padding = 'p'.repeat(500);
    for (let i = 0; i < total; i += 1000) {
      const rows = Array.from({ length: 1000 }, (_, j) => ({
        id: randomUUID(),
        organization: big.orgId,
        createdAt: new Date(start + (i + j) * 1000),
        actorType: 'user' as const,
        actorId: big.userId,
        actorName: 'Owner',
        action: 'asset.uploaded',
        targetType: 'asset',
        targetId: randomUUID(),
        targetName: `file-${i + j}.bin`,
        summary: { after: { name: `file-${i + j}.bin`, size: i + j } },
        ip: '192.0.2.10',
        userAgent: `Bulk/1 ${padding}`,
      }));
      await em.insertMany(AuditRecord, rows);
    }
    const bigCookie = await cookieOf(api, big.userId);
    const heap = heapSampler(4 * 1024 * 1024);
    let lines = 0;
    let bytes = 0;
    await new Promise<void>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: api.port,
          path: path({ orgId: big.orgId, action: 'asset.' }),
          headers: { cookie: bigCookie },
        },
        (res) => {
          expect(res.statusCode).toBe(200);
          res.on('data', (chunk: Buffer) => {
            bytes += chunk.length;
            for (const b of chunk) if (b === 10) lines++;
            heap.add(chunk.length);
          });
          res.on('end', resolve);
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(lines).toBe(total + 1);
    // The file is bigger than the bound: held whole, it could not stay under it.
    expect(bytes).toBeGreaterThan(64 * 1024 * 1024);
    expect(heap.growth()).toBeLessThan(64 * 1024 * 1024);
  }, 600_000);
});
