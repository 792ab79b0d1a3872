import { createHash, randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildServer } from '../src/server.js';
import { defaultTimeouts } from '../src/timeouts.js';
import { freshOrg, openRaw, startApi, type Api } from './upload-fixtures.js';
import { tusCreate, tusHead, tusPatch } from './upload-tus-client.js';

const MiB = 1024 ** 2;
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

// Two API servers on one database, Redis and storage: two processes behind a load balancer.
let one: Api;
let two: Api;
beforeAll(async () => {
  one = await startApi();
  const app = await buildServer(one.h.deps, { timeouts: defaultTimeouts });
  await app.listen({ host: '127.0.0.1', port: 0 });
  two = { ...one, app, port: (app.server.address() as AddressInfo).port, close: () => app.close() };
});
afterAll(async () => {
  await two?.close();
  await one?.close();
});

it(
  'resumes on another API process while a stalled PATCH still holds the upload there',
  { timeout: 30_000 },
  async () => {
    const org = await freshOrg(one, 'Two Servers Co');
    const file = randomBytes(2 * MiB);
    const created = await tusCreate(one, org.cookie, file.length, {
      projectId: org.projectId,
      name: 'split.bin',
    });
    const location = created.headers.location!;

    // Process one: a PATCH that sends half, then nothing (the connection stays open, as when a
    // network silently drops). It holds the upload's lock.
    const taken = new Promise<void>((resolve) => one.app.server.once('request', () => resolve()));
    const stalled = openRaw(one, 'PATCH', location, {
      cookie: org.cookie,
      'tus-resumable': '1.0.0',
      'upload-offset': 0,
      'content-type': 'application/offset+octet-stream',
      'content-length': file.length,
    });
    await Promise.all([
      taken,
      new Promise<void>((resolve) => stalled.socket.write(file.subarray(0, MiB), () => resolve())),
    ]);

    // Process two: HEAD waits for the lock, asks process one to let go, and then reports what was kept.
    const head = await tusHead(two, org.cookie, location);
    expect(head.status).toBe(200);
    const offset = Number(head.headers['upload-offset']);
    expect(offset).toBeLessThanOrEqual(MiB);

    const done = await tusPatch(two, org.cookie, location, offset, file.subarray(offset));
    expect(done.status, done.text).toBe(200);
    expect(done.json()).toMatchObject({ size: file.length, sha256: sha(file) });
    stalled.socket.destroy();
  },
);
