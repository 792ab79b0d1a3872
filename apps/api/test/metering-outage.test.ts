// Metering while Redis is down: downloads answer as always (the meter is never waited on), the
// failure is logged once for the whole outage, and once more when counting works again, with how
// many requests went uncounted.
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { Project, forkEm } from '@roster/db';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildServer } from '../src/server.js';
import { createHarness } from './harness.js';
import { expectTotals } from './metering-fixtures.js';
import { owner } from './project-fixtures.js';
import { cookieOf, send, uploadRaw, type Api } from './upload-fixtures.js';
import { freePort, startRedis, stopRedis } from './private-redis.js';

let port: number;
let redis: ChildProcess;
let api: Api;
beforeAll(async () => {
  port = await freePort();
  redis = await startRedis(port);
  const h = await createHarness({ redisUrl: `redis://127.0.0.1:${port}` });
  const logged: Api['logged'] = [];
  const stream = { write: (line: string) => void logged.push(JSON.parse(line) as Api['logged'][number]) };
  const app = await buildServer(h.deps, { logger: { level: 'info', stream } });
  await app.listen({ host: '127.0.0.1', port: 0 });
  api = {
    h,
    app,
    port: (app.server.address() as AddressInfo).port,
    logged,
    async close() {
      await app.close();
      await h.close();
    },
  };
});
afterAll(async () => {
  await api?.close();
  await stopRedis(redis);
});

const linesOf = (msg: string) => api.logged.filter((line) => line.msg === msg);

describe('metering while Redis is down', () => {
  it('answers every download, logs the outage once, and says how many requests went uncounted', async () => {
    const boss = await owner(api.h, 'Outage Ltd');
    const cookie = await cookieOf(api, boss.userId);
    const project = await forkEm(api.h.db.orm).findOneOrFail(Project, { organization: boss.orgId });
    const bytes = Buffer.alloc(1000, 7);
    const created = await uploadRaw(api, cookie, project.id, { name: 'kept.bin' }, bytes);
    expect(created.status).toBe(201);
    const content = `/v1/assets/${(created.json() as { id: string }).id}/content`;
    await expectTotals(api, { orgId: boss.orgId }, { bandwidthIn: 1000 });

    await stopRedis(redis);
    for (let i = 0; i < 5; i++) {
      const res = await send(api, 'GET', content, { cookie, origin: null });
      expect(res.status).toBe(200);
      expect(res.text).toBe(bytes.toString());
    }
    await vi.waitFor(() =>
      expect(linesOf('usage metering failed: usage is not counted until Redis answers')).toHaveLength(1),
    );

    redis = await startRedis(port);
    if (api.h.deps.redis.status !== 'ready') await once(api.h.deps.redis, 'ready');
    expect((await send(api, 'GET', content, { cookie, origin: null })).status).toBe(200);
    await vi.waitFor(() => expect(linesOf('usage metering works again')).toHaveLength(1));
    expect(linesOf('usage metering works again')[0]).toMatchObject({ lostRequests: 5 });
    expect(linesOf('usage metering failed: usage is not counted until Redis answers')).toHaveLength(1);
    // The new Redis holds what came after it (the old one's counters went with it).
    await expectTotals(api, { orgId: boss.orgId }, { bandwidthOut: 1000 });
  });
});
