import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
// Browser journeys run the real API in-process (the one place web code may reach into it).
import { createTestDatabase } from '../../../packages/db/src/testing.js';
import { createDeps } from '../../api/src/deps.js';
import { buildServer } from '../../api/src/server.js';
import { createLogger } from '../../worker/src/logger.js';
import { createMailer } from '../../worker/src/mailer.js';
import { startWorker } from '../../worker/src/worker.js';
import { startMailInbox, type MailInbox } from './mail-inbox';

export const webDist = fileURLToPath(new URL('../dist', import.meta.url));

export interface RunningRoster {
  /** The origin the browser opens, e.g. http://127.0.0.1:41234 (also the API's CSRF origin). */
  origin: string;
  /** Where the worker delivers Roster's emails (welcome, invitations). */
  inbox: MailInbox;
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

/** BullMQ's connection options for a `redis://` URL (its workers need `maxRetriesPerRequest: null`). */
function redisConnection(url: string) {
  const { hostname, port, username, password, pathname } = new URL(url);
  return {
    host: hostname,
    port: Number(port || 6379),
    ...(username ? { username: decodeURIComponent(username) } : {}),
    ...(password ? { password: decodeURIComponent(password) } : {}),
    db: Number(pathname.slice(1) || 0),
    maxRetriesPerRequest: null,
  };
}

/**
 * The API on a fresh database (SQLite unless TEST_DATABASE says otherwise) and a fresh Redis prefix,
 * serving the built web app at `/`, as in production; the worker beside it, mailing through an SMTP
 * server in this process.
 */
export async function startRoster(): Promise<RunningRoster> {
  if (!existsSync(`${webDist}/index.html`)) {
    throw new Error(`No built web app in ${webDist}: run \`pnpm --filter @roster/web build\` first.`);
  }
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const db = await createTestDatabase();
  const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const prefix = `roster-e2e-${randomBytes(4).toString('hex')}`;
  const deps = await createDeps({
    orm: db.orm,
    database: db.database,
    redisUrl,
    appOrigin: origin,
    secureCookies: false,
    prefix,
  });
  const app = await buildServer(deps, { webDist });
  await app.listen({ port, host: '127.0.0.1' });
  const inbox = await startMailInbox();
  const logger = createLogger('warn');
  const mailer = createMailer({
    smtpUrl: inbox.url,
    from: 'Roster <no-reply@roster.test>',
    mailDir: '',
    logger,
  });
  const worker = await startWorker({
    orm: db.orm,
    connection: redisConnection(redisUrl),
    prefix,
    mailer,
    appUrl: origin,
    concurrency: 2,
    logger,
  });
  return {
    origin,
    inbox,
    async close() {
      await worker.close();
      await mailer.close();
      await inbox.close();
      await app.close();
      await deps.close();
      await deps.redis.quit().catch(() => undefined);
      await db.close();
    },
  };
}
