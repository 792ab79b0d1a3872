import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTestDatabase, type TestDatabase } from '@roster/testing/database';
import { startSmtpInbox, type SmtpInbox } from '@roster/testing/smtp-inbox';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from './support/wait-for.js';

/**
 * Node itself with tsx's loader, not the `tsx` command: that wrapper runs the app in a child
 * process, which a SIGKILL of the wrapper would leave running.
 */
const tsxLoader = import.meta.resolve('tsx');

const appDir = fileURLToPath(new URL('..', import.meta.url));
/** The `tsx` command itself, as `pnpm dev` and `pnpm start` run it. */
const tsx = join(appDir, 'node_modules/.bin/tsx');
// main.ts uses the production queue prefix; a Redis database of its own keeps it off real queues.
const redisUrl = `${(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379').replace(/\/\d*$/, '')}/15`;

let dataDir: string;
let db: TestDatabase;
let inbox: SmtpInbox;
const children: ChildProcess[] = [];

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'roster-worker-main-'));
  db = await createTestDatabase({ file: join(dataDir, 'roster.db') });
  inbox = await startSmtpInbox();
});
afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  await inbox?.close();
  await db?.close();
  await rm(dataDir, { recursive: true, force: true });
  // The keys the spawned worker made (queue metadata) in its Redis database.
  const redis = new Redis(redisUrl);
  const keys = await redis.keys('roster:*');
  if (keys.length > 0) await redis.del(...keys);
  await redis.quit();
});

/** Starts `src/main.ts` (node with tsx's loader) with these settings; collects its output. */
function run(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', tsxLoader, 'src/main.ts'], {
    cwd: appDir,
    env: {
      PATH: process.env.PATH,
      DATA_DIR: dataDir,
      DATABASE_URL: db.database,
      REDIS_URL: redisUrl,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  const out = { stdout: '', stderr: '' };
  child.stdout!.on('data', (chunk: Buffer) => (out.stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (out.stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const logs = () =>
    out.stdout
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { msg: string });
  return { child, out, exited, logs };
}

describe('main.ts', () => {
  it('starts, and on SIGTERM closes everything and exits 0', async () => {
    const worker = run({ SMTP_URL: inbox.url, LOG_LEVEL: 'info' });
    await waitFor(
      'the "worker started" line',
      () => worker.logs().some((l) => l.msg === 'worker started'),
      30_000,
    );
    worker.child.kill('SIGTERM');
    expect(await worker.exited).toBe(0);
    expect(worker.logs().map((l) => l.msg)).toContain('worker stopped');
    expect(worker.out.stderr).toBe('');
  });

  it('renders the email templates under tsx, as `pnpm dev` and `pnpm start` run the worker', async () => {
    const script = `import('@roster/emails').then(async (m) => console.log((await m.renderEmail('welcome', { name: 'Ada', appUrl: 'http://x.test' })).subject))`;
    const child = spawn(tsx, ['--eval', script], { cwd: appDir, stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(output.trim()).toBe('Welcome to Roster, Ada');
    expect(code).toBe(0);
  });

  it('stops with one line naming a bad setting, and exit code 1', async () => {
    const worker = run({ WORKER_CONCURRENCY: 'many' });
    expect(await worker.exited).toBe(1);
    expect(worker.out.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^roster-worker: setting WORKER_CONCURRENCY must be a whole number/),
    ]);
  });
});
