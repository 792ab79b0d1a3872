import { createHash } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { assetsPath, freshOrg, patternStream, send, setOrg, startApi, type Api } from './upload-fixtures.js';

const MiB = 1024 ** 2;
const GiB = 1024 ** 3;

/**
 * The bound on the API's RSS growth while 1 GiB streams through it. The pipeline holds at most a
 * few high-water marks (socket reads of 64 KiB, 16 KiB stream buffers, the file write queue), well
 * under 1 MiB; what moves RSS is V8 and the allocator: every socket read is a fresh 64 KiB Buffer,
 * freed by the next young-generation GC (16–32 MiB semi-spaces) and returned to the OS lazily. 64 MiB
 * is that slack with room to spare, and 1/16 of the upload: a body buffered whole would blow it.
 */
const rssBound = 64 * MiB;

let api: Api;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api?.close());

it('streams a 1 GiB upload with flat memory and stores the exact bytes', { timeout: 600_000 }, async () => {
  const org = await freshOrg(api, 'Big Files Co');
  await setOrg(api, org.orgId, { plan: 'team' });
  // Warm up: the route, the database, the storage driver loaded and used once.
  const warm = await send(api, 'POST', assetsPath(org.projectId, { name: 'warm.bin' }), {
    cookie: org.cookie,
    body: patternStream(4 * MiB).stream,
    headers: { 'content-length': 4 * MiB },
  });
  expect(warm.status).toBe(201);

  // The API runs in this process (the client too: it re-sends one 256 KiB chunk).
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 50);
  const { stream, sha256 } = patternStream(GiB);
  const res = await send(api, 'POST', assetsPath(org.projectId, { name: 'one-gib.bin' }), {
    cookie: org.cookie,
    body: stream,
    headers: { 'content-type': 'application/octet-stream', 'content-length': GiB },
  }).finally(() => clearInterval(sampler));
  peak = Math.max(peak, process.memoryUsage().rss);
  const growth = peak - baseline;
  console.info(
    `RSS during a 1 GiB upload: baseline ${(baseline / MiB).toFixed(1)} MiB, peak ${(peak / MiB).toFixed(1)} MiB, growth ${(growth / MiB).toFixed(1)} MiB`,
  );

  expect(res.status).toBe(201);
  expect(res.json()).toMatchObject({ size: GiB, sha256 });
  expect(growth).toBeLessThanOrEqual(rssBound);

  // The stored object itself, read back: the same SHA-256.
  const { Blob, forkEm } = await import('@roster/db');
  const blob = await forkEm(api.h.db.orm).findOneOrFail(Blob, { organization: org.orgId, size: GiB });
  const hash = createHash('sha256');
  for await (const chunk of await api.h.deps.storage.get(blob.key)) hash.update(chunk as Buffer);
  expect(hash.digest('hex')).toBe(sha256);
  await api.h.deps.storage.delete(blob.key);
});
