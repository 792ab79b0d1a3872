// The API and the worker as separate processes writing one database (by default an SQLite file, as
// `pnpm start` runs them): sign-ups and invitations over HTTP while the worker sends their emails.
// No request may fail for the other process's writes, and every email owed goes out exactly once.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmailDelivery, Organization, User, forkEm } from '@roster/db';
import { createTestDatabase, type TestDatabase } from '@roster/testing/database';
import { startSmtpInbox, type SmtpInbox } from '@roster/testing/smtp-inbox';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiListening,
  inParallel,
  mutate,
  startApp,
  type AppProcess,
  type TrpcAnswer,
} from './support/processes.js';
import { freePort } from '@roster/testing/free-port';
import { waitFor } from './support/wait-for.js';

const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const prefix = `roster-test-processes-${randomBytes(4).toString('hex')}`;
const password = 'violet-otter-17-lantern';
const inviters = 20;
const signUps = 200;
const invitationsEach = 10;

let dataDir: string;
let db: TestDatabase;
let inbox: SmtpInbox;
let api: AppProcess;
let worker: AppProcess;
let baseUrl: string;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'roster-processes-'));
  db = await createTestDatabase({ file: join(dataDir, 'roster.db') });
  inbox = await startSmtpInbox();
  const env = {
    DATA_DIR: dataDir,
    DATABASE_URL: db.database,
    REDIS_URL: redisUrl,
    REDIS_PREFIX: prefix,
    APP_URL: 'http://roster.test',
  };
  // Every sign-up from its own address (X-Forwarded-For), as from many people, not one prober.
  const port = await freePort();
  baseUrl = `http://127.0.0.1:${port}`;
  api = startApp('api', { ...env, PORT: String(port), TRUST_PROXY: '1' });
  worker = startApp('worker', { ...env, SMTP_URL: inbox.url, WORKER_CONCURRENCY: '5' });
  await apiListening(api);
  await waitFor('the worker to start', () => worker.logs().some((l) => l.msg === 'worker started'), 90_000);
}, 120_000);

afterAll(async () => {
  await Promise.all([api?.stop(), worker?.stop()]);
  await inbox?.close();
  await db?.close();
  await rm(dataDir, { recursive: true, force: true });
  const redis = new Redis(redisUrl);
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length > 0) await redis.del(...keys);
  await redis.quit();
});

const failure = (a: TrpcAnswer) => `${a.status} ${a.body.error?.message}`;

/**
 * As a client should: a 503 (BUSY, or Redis too slow on a loaded machine) says nothing was done and
 * to try again in a moment. Anything else is the answer.
 */
async function retrying(send: () => Promise<TrpcAnswer>): Promise<TrpcAnswer> {
  for (let attempt = 1; ; attempt++) {
    const answer = await send();
    if (answer.status !== 503 || attempt === 5) return answer;
    await new Promise((resolve) => setTimeout(resolve, 250 * attempt));
  }
}

let ip = 0;
const signUp = (email: string) => {
  const from = `10.9.${Math.floor(++ip / 250)}.${ip % 250}`;
  return retrying(() =>
    mutate(
      baseUrl,
      'auth.signUp',
      { email, password, name: 'Load Tester', companyName: 'Loaded' },
      { 'x-forwarded-for': from },
    ),
  );
};

describe('API and worker as separate processes on one database', () => {
  it('answers 200 sign-ups and 200 invitations without a failure, and sends every email once', async () => {
    const run = randomBytes(3).toString('hex');
    const email = (kind: string, i: number) => `${kind}-${i}-${run}@example.com`;

    const admins = await inParallel(
      Array.from({ length: inviters }, (_, i) => email('admin', i)),
      5,
      signUp,
    );
    expect(admins.filter((a) => a.status !== 200).map(failure)).toEqual([]);
    const orgs = admins.map((a) => (a.body.result!.data as { orgId: string }).orgId);
    // Seats for ten invitations each (an operator's change), and confirmed addresses, which inviting
    // needs (as if each had followed their verification link): straight to the database.
    await forkEm(db.orm).nativeUpdate(Organization, { id: { $in: orgs } }, { plan: 'team' });
    const adminIds = admins.map((a) => (a.body.result!.data as { user: { id: string } }).user.id);
    await forkEm(db.orm).nativeUpdate(User, { id: { $in: adminIds } }, { emailVerifiedAt: new Date() });

    const people = Array.from({ length: signUps - inviters }, (_, i) => email('person', i));
    const invitees = Array.from({ length: inviters * invitationsEach }, (_, i) => email('invitee', i));
    const invite = (i: number) =>
      retrying(() =>
        mutate(
          baseUrl,
          'invitation.create',
          { orgId: orgs[i % inviters], emails: [invitees[i]], role: 'member' },
          { cookie: admins[i % inviters]!.cookie! },
        ),
      );
    // Sign-ups and invitations interleaved, eight requests at a time, while the worker sends.
    const work = [...people.map((p) => () => signUp(p)), ...invitees.map((_, i) => () => invite(i))];
    work.sort(() => Math.random() - 0.5);
    const answers = await inParallel(work, 8, (task) => task());

    expect(answers.filter((a) => a.status !== 200).map(failure)).toEqual([]);
    const invited = answers.flatMap((a) => {
      const data = a.body.result?.data as { results?: { status: string }[] } | undefined;
      return data?.results ?? [];
    });
    expect(invited.map((r) => r.status)).toEqual(invitees.map(() => 'invited'));

    // Every account's emails (welcome, address verification) and every invitation's.
    const deliveries = await waitFor(
      'every email to be sent',
      async () => {
        const all = await forkEm(db.orm).find(EmailDelivery, {});
        const settled = all.every((d) => ['sent', 'failed', 'skipped'].includes(d.status));
        const sent = all.filter((d) => d.status === 'sent').length;
        return all.length >= signUps + invitees.length && settled && inbox.messages.length >= sent && all;
      },
      150_000,
    ).catch(async (error: Error) => {
      // Say where it stood: the deliveries by state and what the worker last complained about.
      const all = await forkEm(db.orm).find(EmailDelivery, {});
      const states = all.reduce<Record<string, number>>(
        (m, d) => ({ ...m, [d.status]: (m[d.status] ?? 0) + 1 }),
        {},
      );
      const complaints = worker
        .logs()
        .filter((l) => (l.level ?? 0) >= 40)
        .slice(-5);
      throw new Error(
        `${error.message}: ${inbox.messages.length} received, deliveries ${JSON.stringify(states)}, ` +
          `worker: ${JSON.stringify(complaints)}`,
      );
    });
    // None failed (skipped: no longer owed); once each: one message per email sent, and no
    // recipient got the same email twice.
    expect(deliveries.filter((d) => d.status === 'failed')).toEqual([]);
    expect(inbox.messages).toHaveLength(deliveries.filter((d) => d.status === 'sent').length);
    const received = inbox.messages.map((m) => `${[m.to].flat()[0]?.value[0]?.address} ${m.subject}`);
    expect(new Set(received).size).toBe(received.length);
    const recipients = new Set(inbox.messages.map((m) => [m.to].flat()[0]?.value[0]?.address));
    for (const address of [...admins.map((_, i) => email('admin', i)), ...people, ...invitees]) {
      expect(recipients.has(address), address).toBe(true);
    }

    const errors = [...api.logs(), ...worker.logs()].filter((l) => (l.level ?? 0) >= 50);
    expect(errors).toEqual([]);
  }, 300_000);
});
