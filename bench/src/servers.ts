import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MikroORM } from '@mikro-orm/core';
import { freePort } from '@roster/testing/free-port';
import { startServerProcess } from '@roster/testing/api-process';
import { startRoster as startTestRoster, type RunningRoster } from '@roster/testing/roster';
import { onCleanUp } from './cleanup.js';

/** The bench package's directory. */
export const benchDir = fileURLToPath(new URL('../', import.meta.url));

/** A server under load: where to send requests, and the process whose CPU time is measured. */
export interface Server {
  name: string;
  url: string;
  pid: number | undefined;
  stop(): Promise<void>;
}

/**
 * Roster as `pnpm start` runs it (@roster/testing's startRoster): the API in its own process on this
 * database, with Redis keys under a fresh prefix; with `worker`, the worker in this process, mailing
 * to the SMTP inbox here. The benchmark's clean-up stops it.
 */
export async function startRoster(options: {
  db: { orm: MikroORM; database: string };
  worker?: boolean;
  workerConcurrency?: number;
  nodeFlags?: string[];
  /** DATA_DIR of the API (its local storage is `<dataDir>/storage`); a fresh temp one by default. */
  dataDir?: string;
}): Promise<Server & { roster: RunningRoster }> {
  const roster = await startTestRoster({
    db: options.db,
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    worker: options.worker ?? false,
    workerConcurrency: options.workerConcurrency ?? 5,
    apiProcess: { nodeFlags: options.nodeFlags ?? [] },
  });
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await roster.stop();
  };
  onCleanUp('stop roster', stop);
  return { name: 'roster', url: roster.url, pid: roster.apiPid, roster, stop };
}

/** The bare node:http + pg server of src/baseline-server.ts. */
export async function startBaseline(options: { databaseUrl: string; poolMax: number }): Promise<Server> {
  const port = await freePort();
  const server = await startServerProcess({
    name: 'baseline',
    entry: join(benchDir, 'src/baseline-server.ts'),
    cwd: benchDir,
    port,
    env: {
      DATABASE_URL: options.databaseUrl,
      PORT: String(port),
      POOL_MAX: String(options.poolMax),
      NODE_ENV: 'production',
    },
  });
  onCleanUp('stop baseline', server.stop);
  return { name: 'baseline', url: server.url, pid: server.child.pid, stop: server.stop };
}

/** The bare node:http file pipe of src/baseline-transfer-server.ts, writing into `directory`. */
export async function startTransferBaseline(options: { directory: string }): Promise<Server> {
  const port = await freePort();
  const server = await startServerProcess({
    name: 'baseline',
    entry: join(benchDir, 'src/baseline-transfer-server.ts'),
    cwd: benchDir,
    port,
    env: { TRANSFER_DIR: options.directory, PORT: String(port), NODE_ENV: 'production' },
  });
  onCleanUp('stop the transfer baseline', server.stop);
  return { name: 'baseline', url: server.url, pid: server.child.pid, stop: server.stop };
}
