import { randomBytes } from 'node:crypto';
import { AccountToken, EmailDelivery, User, forkEm } from '@roster/db';
import { createTestDatabase, type TestDatabase } from '@roster/testing/database';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requeueOwedEmails } from './requeue-owed-emails.js';
import { hashLinkToken } from '../vocabulary/tokens.js';
import { JobQueue } from '../jobs/queue.js';
import { accountEmailKey } from '../account/keys.js';
import { issueAccountToken } from '../account/tokens.js';
import { transact } from '../scope.js';
import { createAccountScope } from './create-scope.js';

let db: TestDatabase;
let redis: Redis;
let jobs: JobQueue;
let queue: Queue;
beforeAll(async () => {
  db = await createTestDatabase();
  redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: null });
  const prefix = `roster-test-account-requeue-${randomBytes(4).toString('hex')}`;
  jobs = new JobQueue(redis, prefix);
  queue = new Queue('email', { connection: redis, prefix });
});
afterAll(async () => {
  await Promise.all([jobs?.close(), queue?.close()]);
  const keys = (await redis?.keys(`${queue.opts.prefix}:*`)) ?? [];
  if (keys.length > 0) await redis.del(...keys);
  await redis?.quit();
  await db?.close();
});

let n = 0;
/**
 * A link whose email is owed and whose job never reached Redis (no dispatch ran), untouched for two
 * minutes. Its row holds the hash of a token nobody has: only the worker issues one.
 */
async function lostLink(purpose: 'verify_email' | 'reset_password') {
  const scope = createAccountScope({ em: forkEm(db.orm), jobs, actor: { type: 'anonymous' } });
  const tokenId = await transact(scope, async (tx) => {
    const email = `lost-${++n}@example.com`;
    const user = tx.em.create(User, { email, name: 'Lost', passwordHash: 'x' });
    return issueAccountToken(tx, user, purpose);
  });
  const key = accountEmailKey(purpose, tokenId);
  await forkEm(db.orm).nativeUpdate(EmailDelivery, { key }, { updatedAt: new Date(Date.now() - 120_000) });
  return { tokenId, key };
}

const row = (id: string) => forkEm(db.orm).findOneOrFail(AccountToken, { id });
const sweep = () => requeueOwedEmails(forkEm(db.orm), jobs);

describe('the sweep, for an owed account email', () => {
  it.each([
    ['verify_email', 'verify-email'],
    ['reset_password', 'reset-password'],
  ] as const)('gives a lost %s link a new token and enqueues it', async (purpose, jobPrefix) => {
    const { tokenId } = await lostLink(purpose);
    const placeholder = (await row(tokenId)).tokenHash;
    expect(await sweep()).toBe(1);
    const job = await queue.getJob(`${jobPrefix}-${tokenId}`);
    expect(job?.data.tokenId).toBe(tokenId);
    const { tokenHash } = await row(tokenId);
    expect(tokenHash).not.toBe(placeholder);
    expect(hashLinkToken(job!.data.token)).toBe(tokenHash);
    expect(await sweep()).toBe(0);
  });

  it('marks the delivery of a link used or expired since skipped', async () => {
    const used = await lostLink('verify_email');
    const expired = await lostLink('reset_password');
    const em = forkEm(db.orm);
    await em.nativeUpdate(AccountToken, { id: used.tokenId }, { usedAt: new Date() });
    await em.nativeUpdate(AccountToken, { id: expired.tokenId }, { expiresAt: new Date(Date.now() - 1000) });
    expect(await sweep()).toBe(0);
    for (const { key } of [used, expired]) {
      expect((await forkEm(db.orm).findOneOrFail(EmailDelivery, { key })).status).toBe('skipped');
    }
  });
});
