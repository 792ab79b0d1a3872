import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { onCleanUp } from './cleanup.js';
import { childEnvironment } from './env.js';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export interface Server {
  name: string;
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * The Roster API as `pnpm start` runs it (apps/api/src/main.ts), with APP_URL its own origin. With
 * `redisPrefix`, bench/src/roster-api.ts instead: the same server with its Redis keys and queues
 * under that prefix, so that its jobs reach only the benchmark's worker.
 */
export async function startRoster(options: {
  databaseUrl: string;
  redisUrl: string;
  redisPrefix?: string;
  nodeFlags?: string[];
}): Promise<Server> {
  const port = await freePort();
  return startServer({
    name: 'roster',
    entry: options.redisPrefix
      ? join(repoRoot, 'bench/src/roster-api.ts')
      : join(repoRoot, 'apps/api/src/main.ts'),
    cwd: join(repoRoot, 'apps/api'),
    port,
    nodeFlags: options.nodeFlags ?? [],
    env: {
      DATABASE_URL: options.databaseUrl,
      PORT: String(port),
      APP_URL: `http://127.0.0.1:${port}`,
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      REDIS_URL: options.redisUrl,
      ...(options.redisPrefix ? { ROSTER_REDIS_PREFIX: options.redisPrefix } : {}),
    },
  });
}

/** The bare node:http + pg server of src/baseline-server.ts. */
export async function startBaseline(options: { databaseUrl: string; poolMax: number }): Promise<Server> {
  const port = await freePort();
  return startServer({
    name: 'baseline',
    entry: join(repoRoot, 'bench/src/baseline-server.ts'),
    cwd: join(repoRoot, 'bench'),
    port,
    env: {
      DATABASE_URL: options.databaseUrl,
      PORT: String(port),
      POOL_MAX: String(options.poolMax),
      NODE_ENV: 'production',
    },
  });
}

/**
 * Starts a TypeScript entry as its own Node process (tsx as the loader, as `pnpm start` does), so
 * that it never shares an event loop with the load generator. Resolves once `/health` answers 200;
 * the benchmark's clean-up stops it.
 */
export async function startServer(options: {
  name: string;
  entry: string;
  cwd: string;
  port: number;
  env: Record<string, string>;
  nodeFlags?: string[];
}): Promise<Server> {
  const child = spawn(
    process.execPath,
    [...(options.nodeFlags ?? []), '--import', import.meta.resolve('tsx'), options.entry],
    {
      cwd: options.cwd,
      env: childEnvironment(options.env),
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  const url = `http://127.0.0.1:${options.port}`;
  const exited = once(child, 'exit');
  const server: Server = {
    name: options.name,
    url,
    child,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
  onCleanUp(`stop ${options.name}`, server.stop);
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`${options.name} exited with code ${child.exitCode} while starting`);
    try {
      if ((await fetch(`${url}/health`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await server.stop();
  throw new Error(`${options.name} did not answer ${url}/health within 60 s`);
}
