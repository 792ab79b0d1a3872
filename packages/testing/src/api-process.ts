import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { childEnvironment } from './env.js';

export interface ServerProcess {
  name: string;
  /** `http://127.0.0.1:<port>`. */
  url: string;
  child: ChildProcess;
  /** SIGTERM, then SIGKILL after 10 s; resolves once it has exited. */
  stop(): Promise<void>;
}

/**
 * Starts a TypeScript entry as its own Node process (tsx as the loader, as `pnpm start` does), so
 * that it never shares an event loop with the test or load generator. Resolves once `/health`
 * answers 200; its output goes to this process's.
 */
export async function startServerProcess(options: {
  name: string;
  entry: string;
  cwd: string;
  port: number;
  /** Added to this process's environment. */
  env: Record<string, string>;
  nodeFlags?: string[];
}): Promise<ServerProcess> {
  const child = spawn(
    process.execPath,
    [...(options.nodeFlags ?? []), '--import', import.meta.resolve('tsx'), options.entry],
    { cwd: options.cwd, env: childEnvironment(options.env), stdio: ['ignore', 'inherit', 'inherit'] },
  );
  const url = `http://127.0.0.1:${options.port}`;
  const exited = once(child, 'exit');
  const server: ServerProcess = {
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

/**
 * The Roster API exactly as `pnpm start` runs it (@roster/api's main entry) in its own process, on
 * 127.0.0.1:`port` with APP_URL its own origin, in production mode, with these extra settings.
 */
export function startApiProcess(options: {
  port: number;
  env: Record<string, string>;
  nodeFlags?: string[];
}): Promise<ServerProcess> {
  const entry = fileURLToPath(import.meta.resolve('@roster/api/main'));
  return startServerProcess({
    name: 'roster',
    entry,
    cwd: dirname(dirname(entry)),
    port: options.port,
    nodeFlags: options.nodeFlags ?? [],
    env: {
      PORT: String(options.port),
      HOST: '127.0.0.1',
      APP_URL: `http://127.0.0.1:${options.port}`,
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      ...options.env,
    },
  });
}
