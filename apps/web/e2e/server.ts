import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
// Browser journeys run the real API in-process (the one place web code may reach into it).
import { createTestDatabase } from '../../../packages/db/src/testing.js';
import { createDeps } from '../../api/src/deps.js';
import { buildServer } from '../../api/src/server.js';

export const webDist = fileURLToPath(new URL('../dist', import.meta.url));

export interface RunningRoster {
  /** The origin the browser opens, e.g. http://127.0.0.1:41234 (also the API's CSRF origin). */
  origin: string;
  close(): Promise<void>;
}

/** A port nobody listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/**
 * The API on a fresh database (SQLite unless TEST_DATABASE says otherwise) and a fresh Redis prefix,
 * serving the built web app at `/`, as in production.
 */
export async function startRoster(): Promise<RunningRoster> {
  if (!existsSync(`${webDist}/index.html`)) {
    throw new Error(`No built web app in ${webDist}: run \`pnpm --filter @roster/web build\` first.`);
  }
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const db = await createTestDatabase();
  const deps = await createDeps({
    orm: db.orm,
    database: db.database,
    redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    appOrigin: origin,
    secureCookies: false,
    prefix: `roster-e2e-${randomBytes(4).toString('hex')}`,
  });
  const app = await buildServer(deps, { webDist });
  await app.listen({ port, host: '127.0.0.1' });
  return {
    origin,
    async close() {
      await app.close();
      await deps.close();
      await deps.redis.quit().catch(() => undefined);
      await db.close();
    },
  };
}
