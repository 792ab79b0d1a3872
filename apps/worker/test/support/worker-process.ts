import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { waitFor } from './wait-for.js';

/**
 * Node itself with tsx's loader, not the `tsx` command: that wrapper runs the app in a child
 * process, which a SIGKILL of the wrapper would leave running.
 */
const tsxLoader = import.meta.resolve('tsx');

const appDir = fileURLToPath(new URL('../..', import.meta.url));

export interface WorkerProcess {
  child: ChildProcess;
  /** Everything it wrote, stdout and stderr. */
  output(): string;
  /** Resolves once it has exited, however. */
  exited: Promise<void>;
}

/** The real worker, `src/main.ts` under tsx as `pnpm start` runs it, with exactly these settings (and PATH). */
export function spawnWorkerProcess(env: Record<string, string>): WorkerProcess {
  const child = spawn(process.execPath, ['--import', tsxLoader, 'src/main.ts'], {
    cwd: appDir,
    env: { PATH: process.env.PATH, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return { child, output: () => output, exited };
}

/** Resolves once the worker says "worker started" (tsx compiles it first: seconds on a busy machine). */
export async function started(worker: WorkerProcess): Promise<void> {
  await waitFor(
    'the worker to start',
    () => {
      if (worker.child.exitCode !== null) throw new Error(`the worker exited:\n${worker.output()}`);
      return worker.output().includes('"msg":"worker started"');
    },
    120_000,
  ).catch((error: Error) => {
    throw new Error(`${error.message}; it wrote:\n${worker.output().slice(-2000)}`);
  });
}

/** `kill -9`: no clean-up, no finishing of running jobs. */
export async function killHard(worker: WorkerProcess): Promise<void> {
  if (worker.child.exitCode === null && worker.child.signalCode === null) worker.child.kill('SIGKILL');
  await worker.exited;
}
