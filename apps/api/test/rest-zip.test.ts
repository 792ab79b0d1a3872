// GET /v1/folders/:id/zip over real HTTP: the folder's tree (empty folders too) streamed as a zip,
// read back with unzip(1) and compared byte for byte; a client leaving mid-zip leaves the server
// healthy and no storage stream open.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request, type IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { startRoster, type RunningRoster } from '@roster/testing/roster';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { restClient, restTeam, restUpload, type RestClient, type RestTeam } from './rest-fixtures.js';

let roster: RunningRoster;
let call: RestClient;
let t: RestTeam;
let dir: string;

async function folder(name: string, parentId: string | null = null): Promise<string> {
  const res = await call('POST', `/v1/projects/${t.projectId}/folders`, {
    cookie: t.contributor.cookie,
    body: { name, parentId },
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
}
const put = (folderId: string, name: string, bytes: Buffer, contentType?: string) =>
  restUpload(
    roster,
    { userId: t.contributor.userId, orgId: t.orgId },
    { projectId: t.projectId, folderId, name, bytes, ...(contentType ? { contentType } : {}) },
  );

function unzip(args: string[]): Buffer {
  const run = spawnSync('unzip', args, { maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`unzip ${args.join(' ')}: ${run.stderr.toString()}`);
  return run.stdout;
}

beforeAll(async () => {
  roster = await startRoster({ worker: false });
  call = restClient(roster);
  t = await restTeam(roster);
  dir = await mkdtemp(join(tmpdir(), 'roster-zip-test-'));
}, 60_000);
afterAll(async () => {
  await roster?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('folder zip', () => {
  it('holds the whole tree, empty folders and unicode names included, byte for byte', async () => {
    const top = await folder('Report 2026');
    const sub = await folder('Images', top);
    await folder('Empty', top);
    const deep = await folder('Deeper', sub);
    const files = {
      'Report 2026/notes.txt': Buffer.from('hello zip\n'.repeat(500)),
      'Report 2026/Été.txt': Buffer.from('unicode name'),
      'Report 2026/Images/photo.jpg': randomBytes(300_000),
      'Report 2026/Images/Deeper/data.bin': randomBytes(70_000),
      'Report 2026/empty.dat': Buffer.alloc(0),
    };
    await put(top, 'notes.txt', files['Report 2026/notes.txt'], 'text/plain');
    await put(top, 'Été.txt', files['Report 2026/Été.txt'], 'text/plain');
    await put(sub, 'photo.jpg', files['Report 2026/Images/photo.jpg'], 'image/jpeg');
    await put(deep, 'data.bin', files['Report 2026/Images/Deeper/data.bin']);
    await put(top, 'empty.dat', files['Report 2026/empty.dat']);

    const res = await call('GET', `/v1/folders/${top}/zip`, { cookie: t.viewer.cookie, origin: null });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="Report 2026.zip"; filename*=UTF-8''Report%202026.zip`,
    );
    expect(res.headers.get('content-length')).toBeNull();
    const file = join(dir, 'report.zip');
    await writeFile(file, Buffer.from(await res.arrayBuffer()));

    const entries = unzip(['-Z1', file]).toString('utf8').trim().split('\n').sort();
    expect(entries).toEqual(
      [
        'Report 2026/',
        'Report 2026/Empty/',
        'Report 2026/Images/',
        'Report 2026/Images/Deeper/',
        ...Object.keys(files),
      ].sort(),
    );
    for (const [path, bytes] of Object.entries(files))
      if (!/[^\x20-\x7e]/.test(path)) expect(unzip(['-p', file, path])).toEqual(bytes);
    expect(unzip(['-tq', file]).toString()).toMatch(/No errors/);
  });

  it('a viewer may zip, someone else in the organization not assigned may not (404)', async () => {
    const shared = await folder('Shared');
    expect((await call('HEAD', `/v1/folders/${shared}/zip`, { cookie: t.viewer.cookie })).status).toBe(200);
    expect((await call('GET', `/v1/folders/${shared}/zip`, { cookie: t.plain.cookie })).status).toBe(404);
    expect((await call('GET', `/v1/folders/${shared}/zip`, { cookie: t.stranger.cookie })).status).toBe(404);
  });

  it('a client leaving mid-zip stops it: storage streams closed, the server healthy', async () => {
    const big = await folder('Big');
    for (let i = 0; i < 3; i++) await put(big, `part-${i}.bin`, randomBytes(8 * 1024 * 1024));
    // Every stream the zip opens from storage, to see each one closed after the client leaves.
    const storage = roster.deps!.storage;
    const get = storage.get.bind(storage);
    const opened: Readable[] = [];
    storage.get = async (...args: Parameters<typeof get>) => {
      const stream = await get(...args);
      opened.push(stream);
      return stream;
    };
    try {
      const url = new URL(`/v1/folders/${big}/zip`, roster.url);
      const req = request(url, { headers: { cookie: t.viewer.cookie } });
      req.end();
      const [res] = (await once(req, 'response')) as [IncomingMessage];
      expect(res.statusCode).toBe(200);
      // Well into the first file (the folder's own entry comes before it), then gone.
      let received = 0;
      for await (const chunk of res) {
        received += (chunk as Buffer).length;
        if (received > 1024 * 1024) break;
      }
      req.destroy();
      expect(opened.length).toBeGreaterThan(0);
      await Promise.all(opened.map((s) => (s.closed ? undefined : once(s, 'close'))));
      expect(opened.length).toBeLessThan(3);
    } finally {
      storage.get = get;
    }
    expect((await call('GET', '/health')).status).toBe(200);
    // And the next zip of the same folder is whole.
    const again = await call('GET', `/v1/folders/${big}/zip`, { cookie: t.viewer.cookie });
    expect(again.status).toBe(200);
    await writeFile(join(dir, 'big.zip'), Buffer.from(await again.arrayBuffer()));
    expect(
      unzip(['-Z1', join(dir, 'big.zip')])
        .toString()
        .trim()
        .split('\n'),
    ).toHaveLength(4);
  }, 60_000);

  it('a storage stream failing mid-zip cuts the response short (never a zip that looks whole)', async () => {
    const broken = await folder('Broken');
    await put(broken, 'first.bin', randomBytes(200_000));
    const storage = roster.deps!.storage;
    const get = storage.get.bind(storage);
    storage.get = async () =>
      Readable.from(
        (async function* () {
          yield randomBytes(64 * 1024);
          throw new Error('disk gone');
        })(),
      );
    try {
      const res = await call('GET', `/v1/folders/${broken}/zip`, { cookie: t.viewer.cookie });
      expect(res.status).toBe(200);
      await expect(res.arrayBuffer()).rejects.toThrow();
    } finally {
      storage.get = get;
    }
    expect((await call('GET', '/health')).status).toBe(200);
  });
});
