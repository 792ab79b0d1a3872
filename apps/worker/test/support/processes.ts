// The API and the worker as `pnpm start` runs them: separate processes (`tsx src/main.ts`) on one
// database, with Redis keys under a prefix of their own.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { waitFor } from './wait-for.js';

/**
 * Node itself with tsx's loader, not the `tsx` command: that wrapper runs the app in a child
 * process, which a SIGKILL of the wrapper would leave running.
 */
const tsxLoader = import.meta.resolve('tsx');

const appsDir = fileURLToPath(new URL('../../../', import.meta.url));

export interface AppProcess {
  child: ChildProcess;
  /** Everything the process wrote, stdout and stderr. */
  output(): string;
  /** Its JSON log lines. */
  logs(): { msg?: string; level?: number }[];
  stop(): Promise<void>;
}

/** Starts `src/main.ts` of `apps/<app>` under tsx with exactly these settings (and PATH). */
export function startApp(app: 'api' | 'worker', env: Record<string, string>): AppProcess {
  const cwd = join(appsDir, app);
  const child = spawn(process.execPath, ['--import', tsxLoader, 'src/main.ts'], {
    cwd,
    env: { PATH: process.env.PATH, NODE_ENV: 'test', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    child,
    output: () => output,
    logs: () =>
      output
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as { msg?: string; level?: number }),
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exited;
      clearTimeout(killer);
    },
  };
}

/** Waits for the API's "Server listening" line; fails at once if it exited instead. */
export async function apiListening(api: AppProcess): Promise<void> {
  const listening = () => api.logs().some((l) => l.msg?.startsWith('Server listening at'));
  await waitFor('the API to listen', () => api.child.exitCode !== null || listening(), 90_000).catch(
    (error: Error) => Promise.reject(new Error(`${error.message}; its output:\n${api.output()}`)),
  );
  if (!listening()) throw new Error(`the API exited:\n${api.output()}`);
}

export interface TrpcAnswer {
  status: number;
  body: { result?: { data: unknown }; error?: { message: string; data?: { reason?: string } } };
  cookie?: string;
}

/** One tRPC mutation over HTTP, as a non-browser client sends it (no Origin header). */
export async function mutate(
  baseUrl: string,
  path: string,
  input: unknown,
  headers: Record<string, string> = {},
): Promise<TrpcAnswer> {
  const response = await fetch(`${baseUrl}/trpc/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(input),
  });
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .find((c) => c.startsWith('roster_session=') && c !== 'roster_session=');
  return { status: response.status, body: (await response.json()) as TrpcAnswer['body'], cookie };
}

/** Runs `task` over `items`, at most `width` at a time, and returns the results in order. */
export async function inParallel<T, R>(items: T[], width: number, task: (item: T) => Promise<R>) {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: width }, lane));
  return results;
}
