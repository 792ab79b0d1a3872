// HTTP fuzzing of /v1 (PRODUCT §6: "never 500 on input"): generated requests to every REST route
// over real HTTP, then bodies that lie about their length or stop halfway, which must leave
// nothing half-stored. fast-check runs with a fixed seed, so a failure reproduces.
import { randomBytes } from 'node:crypto';
import { connect } from 'node:net';
import { Blob, Item, forkEm } from '@roster/db';
import { startRoster, type RunningRoster } from '@roster/testing/roster';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpTo, type Http, type Req } from './fuzz/http.js';
import { restCaseArbitrary, restProblemWith, type RestTargets } from './fuzz/rest.js';
import { restClient, restTeam, restUpload, type RestTeam } from './rest-fixtures.js';

const seed = 20_261_130;
const runs = Number(process.env.FUZZ_RUNS ?? 150) * 4;

let roster: RunningRoster;
let t: RestTeam;
let http: Http;
let targets: RestTargets;
const serverLog: string[] = [];
/** Statuses seen per route and method: printed with FUZZ_VERBOSE=1 (how deep the fuzzing got). */
const statuses = new Map<string, Map<number, number>>();

async function contentOf(who: { userId: string; orgId: string }, projectId: string, cookie: string) {
  const call = restClient(roster);
  const res = await call('POST', `/v1/projects/${projectId}/folders`, { cookie, body: { name: 'Fuzzed' } });
  const folderId = ((await res.json()) as { id: string }).id;
  const asset = await restUpload(roster, who, {
    projectId,
    folderId,
    name: 'fuzz.bin',
    bytes: randomBytes(64),
  });
  return { orgId: who.orgId, projectId, folderId, assetId: asset.id };
}

beforeAll(async () => {
  roster = await startRoster({ worker: false, logLevel: 'error' });
  t = await restTeam(roster);
  http = httpTo(Number(new URL(roster.url).port), serverLog);
  const other = await restTeam(roster);
  targets = {
    origin: roster.url,
    cookie: t.contributor.cookie,
    mine: await contentOf({ userId: t.manager.userId, orgId: t.orgId }, t.projectId, t.manager.cookie),
    theirs: await contentOf(
      { userId: other.manager.userId, orgId: other.orgId },
      other.projectId,
      other.manager.cookie,
    ),
  };
}, 60_000);
afterAll(async () => {
  if (process.env.FUZZ_VERBOSE)
    console.info(
      [...statuses]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([what, seen]) => `  ${what}: ${[...seen].map(([s, n]) => `${s}×${n}`).join(' ')}`)
        .join('\n'),
    );
  await roster?.stop();
});

async function expectWellFormed(req: Req) {
  const res = await http.send(req);
  const what = `${req.method} ${req.path.replace(/\?.*$/, '').replace(/\/v1\/(\w+)\/[^/]+/, '/v1/$1/…')}`;
  const seen = statuses.get(what) ?? new Map<number, number>();
  statuses.set(what, seen.set(res.status, (seen.get(res.status) ?? 0) + 1));
  const problem = restProblemWith(req, res);
  if (problem)
    throw new Error(
      `${problem}\nrequest: ${req.method} ${req.path.slice(0, 300)}\nheaders: ${JSON.stringify(req.headers)}\n` +
        `answer: ${res.text.slice(0, 500)}`,
    );
  return res;
}

describe('every /v1 route', () => {
  it('never answers 500 and always answers problem+json errors', async () => {
    await fc.assert(
      fc.asyncProperty(restCaseArbitrary(targets), async (req) => void (await expectWellFormed(req))),
      {
        seed,
        numRuns: runs,
        endOnFailure: false,
      },
    );
    expect((await http.send({ method: 'GET', path: '/health', headers: {} })).status).toBe(200);
  }, 300_000);
});

/** Sends `head` + `body` on a raw connection, then closes its sending side: what the server answered. */
function raw(head: string, body: Buffer | string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(Number(new URL(roster.url).port), '127.0.0.1');
    let answer = '';
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString('latin1')));
    socket.on('error', (error) => (answer ? resolve(answer) : reject(error)));
    socket.on('close', () => resolve(answer));
    socket.write(head);
    socket.end(body);
  });
}

describe('bodies that lie', () => {
  async function snapshot() {
    const em = forkEm(roster.db.orm);
    const items = await em.find(Item, { organization: t.orgId }, { orderBy: { id: 'asc' } });
    const blobs = await em.count(Blob, { organization: t.orgId, state: { $ne: 'deleting' } });
    const objects: string[] = [];
    for await (const object of roster.deps!.storage.list('blobs/')) objects.push(object.key);
    return {
      items: items.map((i) => `${i.id}:${i.name}:${i.parent?.id ?? ''}`),
      blobs,
      objects: objects.sort(),
    };
  }

  it('longer or shorter than Content-Length, or cut short: no 500, nothing half-stored', async () => {
    const before = await snapshot();
    const { projectId, folderId } = targets.mine;
    const headers = (method: string, path: string, extra: string) =>
      `${method} ${path} HTTP/1.1\r\nHost: x\r\nCookie: ${t.manager.cookie}\r\nOrigin: ${roster.url}\r\n${extra}\r\n`;
    const json = 'Content-Type: application/json\r\n';
    const cases: [string, Buffer | string][] = [
      [
        headers('POST', `/v1/projects/${projectId}/folders`, `${json}Content-Length: 100\r\n`),
        '{"name":"half"}',
      ],
      [
        headers('POST', `/v1/projects/${projectId}/folders`, `${json}Content-Length: 5\r\n`),
        '{"name":"short"}',
      ],
      [headers('PATCH', `/v1/folders/${folderId}`, `${json}Content-Length: 40\r\n`), '{"name":"renamed'],
      [headers('PATCH', `/v1/folders/${folderId}`, `${json}Transfer-Encoding: chunked\r\n`), '5\r\n{"nam'],
      [
        headers(
          'POST',
          `/v1/projects/${projectId}/assets?name=lie.bin`,
          'Content-Type: application/octet-stream\r\nContent-Length: 1000\r\n',
        ),
        randomBytes(500),
      ],
      [
        headers(
          'POST',
          `/v1/projects/${projectId}/assets?name=cut.bin`,
          'Content-Type: application/octet-stream\r\nTransfer-Encoding: chunked\r\n',
        ),
        `100\r\n${'x'.repeat(100)}`,
      ],
    ];
    for (const [head, body] of cases) {
      const answer = await raw(head, body);
      const statuses = [...answer.matchAll(/HTTP\/1\.1 (\d{3})/g)].map((m) => Number(m[1]));
      for (const status of statuses) expect(status, `${head}\n${answer}`).toBeLessThan(500);
    }
    // An upload's reservation is released once its connection is gone, which may finish just after.
    await expect.poll(snapshot, { timeout: 10_000 }).toEqual(before);
    expect((await http.send({ method: 'GET', path: '/health', headers: {} })).status).toBe(200);
  }, 60_000);
});
