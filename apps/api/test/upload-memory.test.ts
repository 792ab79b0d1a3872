import { createHash } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { assetsPath, freshOrg, patternStream, send, setOrg, startApi, type Api } from './upload-fixtures.js';

const MiB = 1024 ** 2;
const GiB = 1024 ** 3;

/**
 * What a 1 GiB upload may add to the API's RSS. The pipeline holds at most a few high-water marks
 * (64 KiB socket reads, 16 KiB stream buffers, the 1 MiB file write queue). What moves RSS is V8
 * and the allocator: every socket read is a fresh 64 KiB Buffer, freed by a later GC and returned
 * to the OS lazily — a slack that settles within the first tens of MiB of any upload and does not
 * grow with its size (measured ~30–40 MiB for 256 MiB and for 1 GiB alike, up to 65 MiB when
 * other test files ran in this process just before).
 * - cold (a fresh process's first upload): at most 96 MiB, under 1/10 of the file;
 * - warm (after one 64 MiB upload, as a serving API is): the 1 GiB adds at most 16 MiB;
 * - and its second half adds at most 8 MiB to its first (a leak per chunk would show here).
 */
const coldBound = 96 * MiB;
const warmBound = 16 * MiB;

let api: Api;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api?.close());

it('streams a 1 GiB upload with flat memory and stores the exact bytes', { timeout: 600_000 }, async () => {
  const org = await freshOrg(api, 'Big Files Co');
  await setOrg(api, org.orgId, { plan: 'team' });
  const rss = () => process.memoryUsage().rss;
  const cold = rss();
  let warmPeak = cold;
  const warmSampler = setInterval(() => (warmPeak = Math.max(warmPeak, rss())), 50);
  // Warm up as a serving API is: the route, the database, the storage driver, one 64 MiB upload.
  const warm = await send(api, 'POST', assetsPath(org.projectId, { name: 'warm.bin' }), {
    cookie: org.cookie,
    body: patternStream(64 * MiB).stream,
    headers: { 'content-length': 64 * MiB },
  }).finally(() => clearInterval(warmSampler));
  expect(warm.status).toBe(201);

  // The API runs in this process (the client too: it re-sends one 256 KiB chunk).
  const baseline = rss();
  const { stream, sha256, sent } = patternStream(GiB);
  // The peak over the first half and over the second: flat means the rest adds nothing.
  const peaks = { early: baseline, late: baseline };
  const sampler = setInterval(() => {
    if (sent() < GiB / 2) peaks.early = Math.max(peaks.early, rss());
    else peaks.late = Math.max(peaks.late, rss());
  }, 50);
  const res = await send(api, 'POST', assetsPath(org.projectId, { name: 'one-gib.bin' }), {
    cookie: org.cookie,
    body: stream,
    headers: { 'content-type': 'application/octet-stream', 'content-length': GiB },
  }).finally(() => clearInterval(sampler));
  peaks.late = Math.max(peaks.late, rss());
  const peak = Math.max(peaks.early, peaks.late, warmPeak);
  const mib = (bytes: number) => `${(bytes / MiB).toFixed(1)} MiB`;
  console.info(
    `RSS: cold ${mib(cold)}; after a 64 MiB upload ${mib(baseline)}; during the 1 GiB upload +${mib(peaks.early - baseline)} (first half), +${mib(peaks.late - baseline)} (second half); overall growth from cold ${mib(peak - cold)}`,
  );

  expect(res.status).toBe(201);
  expect(res.json()).toMatchObject({ size: GiB, sha256 });
  expect(peak - cold).toBeLessThanOrEqual(coldBound);
  expect(Math.max(peaks.early, peaks.late) - baseline).toBeLessThanOrEqual(warmBound);
  expect(peaks.late - peaks.early).toBeLessThanOrEqual(8 * MiB);

  // The stored object itself, read back: the same SHA-256.
  const { Blob, forkEm } = await import('@roster/db');
  const blob = await forkEm(api.h.db.orm).findOneOrFail(Blob, { organization: org.orgId, size: GiB });
  const hash = createHash('sha256');
  for await (const chunk of await api.h.deps.storage.get(blob.key)) hash.update(chunk as Buffer);
  expect(hash.digest('hex')).toBe(sha256);
  await api.h.deps.storage.delete(blob.key);
});
