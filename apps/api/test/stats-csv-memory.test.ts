// /v1/exports/users.csv of 100,000 members streams every row with flat memory: the file is bigger
// than the bound, so held whole it could not stay under it (the live heap, after a collection,
// sampled every 4 MiB the client reads).
import { randomUUID } from 'node:crypto';
import { request } from 'node:http';
import { StatsUser, forkEm } from '@roster/db';
import { heapSampler } from '@roster/testing/heap';
import { startRoster, type RunningRoster } from '@roster/testing/roster';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { restTeam, type RestTeam } from './rest-fixtures.js';

let roster: RunningRoster;
let t: RestTeam;
const total = 100_000;
const bound = 40 * 1024 * 1024;

beforeAll(async () => {
  roster = await startRoster({ worker: false });
  t = await restTeam(roster);
  const name = 'n'.repeat(180);
  const domain = `${'d'.repeat(240)}.example`;
  const computedAt = new Date();
  for (let i = 0; i < total; i += 1000) {
    const em = forkEm(roster.db.orm);
    const rows = Array.from({ length: 1000 }, (_, j) => ({
      organization: t.orgId,
      userId: randomUUID(),
      name: `${name} ${i + j}`,
      email: `user-${i + j}@${domain}`,
      searchText: `user-${i + j}`,
      role: 'member',
      projects: j % 5,
      uploads: i + j,
      computedAt,
    }));
    await em.insertMany(StatsUser, rows);
  }
}, 240_000);
afterAll(async () => {
  await roster?.stop();
});

it('streams 100,000 rows with flat memory', async () => {
  const { port } = new URL(roster.url);
  const heap = heapSampler(4 * 1024 * 1024);
  let lines = 0;
  let bytes = 0;
  await new Promise<void>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: `/v1/exports/users.csv?orgId=${t.orgId}`,
        headers: { cookie: t.owner.cookie },
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
  expect(bytes).toBeGreaterThan(bound);
  expect(heap.growth()).toBeLessThan(bound);
}, 240_000);
