import { forkEm, EmailDelivery } from '@roster/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSweep } from '../src/sweep.js';
import { createWorkerHarness, type WorkerHarness } from './support/harness.js';
import { waitFor } from './support/wait-for.js';

let h: WorkerHarness;
beforeAll(async () => {
  h = await createWorkerHarness();
  await h.start();
});
afterAll(() => h?.close());

/** Makes a delivery look untouched for two minutes. */
async function age(userId: string): Promise<void> {
  const em = forkEm(h.db.orm);
  await em.nativeUpdate(
    EmailDelivery,
    { key: `welcome:${userId}` },
    { updatedAt: new Date(Date.now() - 120_000) },
  );
}

describe('the sweep of owed emails', () => {
  it('sends a welcome email whose job was never enqueued, once', async () => {
    const { userId, email } = await h.createUserOwingWelcome('Lost Job');
    await age(userId);
    const sweep = startSweep({ orm: h.db.orm, jobs: h.jobs, logger: h.logger, everyMs: 60_000 });
    try {
      await waitFor('the delivery to be sent', async () =>
        (await h.delivery(userId))?.status === 'sent' ? true : undefined,
      );
      // A second pass finds nothing owed.
      expect(await sweep.run()).toBe(0);
    } finally {
      sweep.stop();
    }
    expect(h.inbox.messages.filter((m) => m.to && !Array.isArray(m.to) && m.to.text === email)).toHaveLength(
      1,
    );
  });

  it('leaves alone what was just recorded, and what is sent or failed', async () => {
    const fresh = await h.createUserOwingWelcome('Fresh');
    const failed = await h.createUserOwingWelcome('Failed');
    await age(failed.userId);
    await forkEm(h.db.orm).nativeUpdate(
      EmailDelivery,
      { key: `welcome:${failed.userId}` },
      { status: 'failed' },
    );
    const sweep = startSweep({ orm: h.db.orm, jobs: h.jobs, logger: h.logger, everyMs: 60_000 });
    sweep.stop();
    expect(await sweep.run()).toBe(0);
    expect((await h.delivery(fresh.userId))?.status).toBe('queued');
  });
});
