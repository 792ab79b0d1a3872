// Usage metering of /v1 with the web app's session: the exact bytes each upload and download
// moved, as pending counters in Redis (for the rollup), attributed to the file's project; a
// session's requests are no API calls.
import { randomBytes } from 'node:crypto';
import { Project, forkEm } from '@roster/db';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { download, downloadAndDrop, expectTotals, pendingTotals } from './metering-fixtures.js';
import { owner } from './project-fixtures.js';
import { tusCreate, tusHead, tusPatch } from './upload-tus-client.js';
import { assetsPath, cookieOf, openRaw, send, startApi, uploadRaw, type Api } from './upload-fixtures.js';

let api: Api;
let orgId: string;
let cookie: string;

beforeAll(async () => {
  api = await startApi();
  const boss = await owner(api.h, 'Metered Ltd');
  orgId = boss.orgId;
  cookie = await cookieOf(api, boss.userId);
});
afterAll(() => api?.close());
afterEach(() => {
  expect(api.logged).toEqual([]);
});

/** A project of its own per test: its counters start at zero. */
async function newProject(): Promise<string> {
  const em = forkEm(api.h.db.orm);
  const project = em.create(Project, {
    organization: orgId,
    name: `P ${randomBytes(3).toString('hex')}`,
    visibility: 'organization',
  });
  await em.flush();
  return project.id;
}

async function uploaded(projectId: string, bytes: Buffer, query: Record<string, string> = {}) {
  const res = await uploadRaw(api, cookie, projectId, { name: 'file.bin', ...query }, bytes);
  expect(res.status).toBe(201);
  return res.json() as { id: string; sha256: string };
}

const get = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
  send(api, method, path, { cookie, headers, origin: null });

describe('bytes in', () => {
  it('a raw upload counts its body as bandwidth in of its project, and no API call', async () => {
    const projectId = await newProject();
    await uploaded(projectId, randomBytes(100_000));
    await expectTotals(api, { orgId, projectId, apiKeyId: null }, { bandwidthIn: 100_000 });
  });

  it('a raw upload cut short counts the bytes that arrived', async () => {
    const projectId = await newProject();
    const req = openRaw(api, 'POST', assetsPath(projectId, { name: 'short.bin' }), {
      cookie,
      'content-type': 'application/octet-stream',
      'content-length': 50_000,
    });
    await new Promise<void>((resolve) => req.socket.write(randomBytes(12_345), () => resolve()));
    // The client stops sending (FIN after its bytes: every one of them arrives).
    req.socket.end();
    await req.closed;
    await expectTotals(api, { orgId, projectId }, { bandwidthIn: 12_345 });
  });

  it('tus: every PATCH counts its body, a dropped one what arrived of it', async () => {
    const projectId = await newProject();
    const bytes = randomBytes(300_000);
    const created = await tusCreate(api, cookie, bytes.length, { projectId, name: 'tus.bin' });
    expect(created.status).toBe(201);
    const location = created.headers.location!;
    expect((await tusPatch(api, cookie, location, 0, bytes.subarray(0, 100_000))).status).toBe(204);
    await expectTotals(api, { orgId, projectId }, { bandwidthIn: 100_000 });

    // 50,000 of the next 200,000 bytes are sent, then the connection is dropped.
    const dropped = openRaw(api, 'PATCH', location, {
      cookie,
      'tus-resumable': '1.0.0',
      'upload-offset': 100_000,
      'content-type': 'application/offset+octet-stream',
      'content-length': 200_000,
    });
    await new Promise<void>((resolve) =>
      dropped.socket.write(bytes.subarray(100_000, 150_000), () => resolve()),
    );
    dropped.socket.destroy();
    await vi.waitFor(async () =>
      expect((await pendingTotals(api, { orgId, projectId })).bandwidthIn).toBeGreaterThan(100_000),
    );
    const kept = Number((await tusHead(api, cookie, location)).headers['upload-offset']);
    const counted = (await pendingTotals(api, { orgId, projectId })).bandwidthIn - 100_000;
    // What arrived: at least what tus stored of it, at most what was sent.
    expect(counted).toBeGreaterThanOrEqual(kept - 100_000);
    expect(counted).toBeLessThanOrEqual(50_000);

    const finished = await tusPatch(api, cookie, location, kept, bytes.subarray(kept));
    expect(finished.status).toBe(200);
    await expectTotals(api, { orgId, projectId }, { bandwidthIn: 100_000 + counted + (bytes.length - kept) });
  });
});

describe('bytes out', () => {
  it('counts the body sent: whole, a range, nothing for a 304 or a HEAD; a JSON read moves no bytes', async () => {
    const projectId = await newProject();
    const asset = await uploaded(projectId, randomBytes(20_000));
    const content = `/v1/assets/${asset.id}/content`;
    const filter = { orgId, projectId, apiKeyId: null };

    expect((await get(content)).text.length).toBeGreaterThan(0);
    await expectTotals(api, filter, { bandwidthIn: 20_000, bandwidthOut: 20_000 });
    expect((await get(content, { range: 'bytes=0-9' })).status).toBe(206);
    await expectTotals(api, filter, { bandwidthIn: 20_000, bandwidthOut: 20_010 });

    expect((await get(content, { 'if-none-match': `"${asset.sha256}"` })).status).toBe(304);
    expect((await get(content, {}, 'HEAD')).status).toBe(200);
    expect((await get(`/v1/assets/${asset.id}`)).status).toBe(200);
    // A last range: once it is counted, whatever the requests before it counted is too.
    expect((await get(content, { range: 'bytes=-5' })).status).toBe(206);
    await expectTotals(api, filter, { bandwidthIn: 20_000, bandwidthOut: 20_015 });
  });

  it('counts a folder zip as the bytes of the archive sent', async () => {
    const projectId = await newProject();
    const folder = await send(api, 'POST', `/v1/projects/${projectId}/folders`, {
      cookie,
      body: Buffer.from(JSON.stringify({ name: 'Zipped' })),
      headers: { 'content-type': 'application/json' },
    });
    const folderId = (folder.json() as { id: string }).id;
    await uploaded(projectId, randomBytes(30_000), { folderId, name: 'a.bin' });
    await uploaded(projectId, Buffer.from('hello '.repeat(1000)), { folderId, name: 'b.txt' });
    const zip = await download(api, `/v1/folders/${folderId}/zip`, cookie);
    expect(zip.status).toBe(200);
    expect(zip.bytes).toBeGreaterThan(30_000);
    await expectTotals(api, { orgId, projectId }, { bandwidthIn: 36_000, bandwidthOut: zip.bytes });
  });

  it('counts what was written of a download the client left halfway', async () => {
    const projectId = await newProject();
    const size = 32 * 1024 * 1024;
    const asset = await uploaded(projectId, randomBytes(size));
    const received = await downloadAndDrop(api, `/v1/assets/${asset.id}/content`, cookie);
    await vi.waitFor(async () =>
      expect((await pendingTotals(api, { orgId, projectId })).bandwidthOut).toBeGreaterThan(0),
    );
    const sent = (await pendingTotals(api, { orgId, projectId })).bandwidthOut;
    expect(sent).toBeGreaterThanOrEqual(received);
    expect(sent).toBeLessThan(size);
  });
});
