// The Roster API exactly as apps/api/src/main.ts builds it (createDeps + buildServer, same
// settings), except that its Redis keys and queues live under ROSTER_REDIS_PREFIX: the jobs it
// enqueues then reach the benchmark's own worker, and no other Roster process on this Redis.
import { createDeps } from '../../apps/api/src/deps.js';
import { loadEnv } from '../../apps/api/src/env.js';
import { buildServer } from '../../apps/api/src/server.js';
import { rosterApiSettings } from './env.js';

const env = loadEnv();
const { prefix } = rosterApiSettings();
const deps = await createDeps({
  database: env.database,
  redisUrl: env.REDIS_URL,
  appOrigin: env.appOrigin,
  secureCookies: env.secureCookies,
  prefix,
});
const app = await buildServer(deps, { logger: { level: env.LOG_LEVEL }, trustProxy: env.TRUST_PROXY });
await app.listen({ port: env.PORT, host: env.HOST });

let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    await app.close();
    await deps.close();
    process.exit(0);
  });
}
