import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { childEnvironment } from './env.js';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export interface Server {
  name: string;
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/**
 * Starts a TypeScript entry as its own Node process (tsx as the loader, as `pnpm start` does), so
 * that it never shares an event loop with the load generator. Resolves once `/health` answers 200.
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
