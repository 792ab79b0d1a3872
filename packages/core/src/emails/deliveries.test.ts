import { EmailDelivery, forkEm } from '@roster/db';
import { createTestDatabase, type TestDatabase } from '@roster/testing/database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  claimEmailDelivery,
  markEmailFailed,
  markEmailSent,
  recordEmailDelivery,
  type EmailClaim,
} from './deliveries.js';
import { defaultEmailRetryPolicy, nextAttemptAt } from './retry-policy.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db?.close());

let n = 0;
async function owed(): Promise<string> {
  const em = forkEm(db.orm);
  const key = `test:${++n}`;
  recordEmailDelivery(em, key, 'welcome', `someone-${n}@example.com`);
  await em.flush();
  return key;
}
const claim = (key: string, leaseMs = 60_000) => claimEmailDelivery(forkEm(db.orm), key, leaseMs);
const row = (key: string) => forkEm(db.orm).findOneOrFail(EmailDelivery, { key });
const claimOf = (outcome: Awaited<ReturnType<typeof claim>>): EmailClaim => {
  if (!('claim' in outcome)) throw new Error(`not claimed: ${JSON.stringify(outcome)}`);
  return outcome.claim;
};
const quick = { firstDelayMs: 1_000, maxDelayMs: 4_000, giveUpAfterMs: 60_000 };

describe('claiming an owed email', () => {
  it('gives one claim among many, and tells the others when its lease runs out', async () => {
    const key = await owed();
    const outcomes = await Promise.all(Array.from({ length: 5 }, () => claim(key)));
    const won = outcomes.filter((o) => 'claim' in o);
    expect(won).toHaveLength(1);
    const lease = (await row(key)).leaseExpiresAt!;
    for (const other of outcomes.filter((o) => !('claim' in o))) {
      expect(other).toEqual({ retryAt: lease, heldByAnother: true });
    }
  });

  it('lets a lapsed lease be taken over, after which the old holder records nothing', async () => {
    const key = await owed();
    const first = claimOf(await claim(key, -1));
    const second = claimOf(await claim(key));
    expect(second).toMatchObject({ tookOver: true, attempt: 2 });
    expect(first.tookOver).toBe(false);
    expect(await markEmailSent(forkEm(db.orm), first)).toBe(false);
    expect(await markEmailFailed(forkEm(db.orm), first, 'late', quick)).toEqual({ lost: true });
    expect(await markEmailSent(forkEm(db.orm), second)).toBe(true);
    expect(await row(key)).toMatchObject({ status: 'sent', attempts: 2, leaseExpiresAt: null });
    expect(await claim(key)).toEqual({ done: 'sent' });
  });

  it('puts a failed attempt back in the queue until its retry is due, then fails it for good', async () => {
    const key = await owed();
    const failed = await markEmailFailed(forkEm(db.orm), claimOf(await claim(key)), 'refused', quick);
    expect('retryAt' in failed && failed.retryAt).toEqual((await row(key)).nextAttemptAt);
    expect(await row(key)).toMatchObject({ status: 'queued', lastError: 'refused' });
    expect(await claim(key)).toEqual({ retryAt: (await row(key)).nextAttemptAt, heldByAnother: false });

    await forkEm(db.orm).nativeUpdate(EmailDelivery, { key }, { nextAttemptAt: new Date(Date.now() - 1) });
    const again = claimOf(await claim(key));
    expect(again).toMatchObject({ attempt: 2, tookOver: false });
    const late = { ...again, delivery: { ...again.delivery, createdAt: new Date(Date.now() - 3_600_000) } };
    expect(await markEmailFailed(forkEm(db.orm), late, 'refused', quick)).toEqual({ final: true });
    expect((await row(key)).status).toBe('failed');
    expect(await claim(key)).toEqual({ done: 'failed' });
  });
});

describe('the retry policy', () => {
  it('doubles the delay up to an hour and gives up after a day', () => {
    const owedSince = new Date('2026-01-01T00:00:00Z');
    let now = owedSince;
    const delays: number[] = [];
    for (let attempt = 1; ; attempt++) {
      const next = nextAttemptAt(defaultEmailRetryPolicy, attempt, owedSince, now);
      if (!next) break;
      delays.push((next.getTime() - now.getTime()) / 1000);
      now = next;
    }
    expect(delays.slice(0, 9)).toEqual([30, 60, 120, 240, 480, 960, 1920, 3600, 3600]);
    expect(now.getTime() - owedSince.getTime()).toBeGreaterThan(23 * 3_600_000);
    expect(delays.length).toBeGreaterThan(25);
  });
});
