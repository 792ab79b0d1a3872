import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handlers } from '../src/handlers/index.js';
import { createWorkerHarness, type WorkerHarness } from './support/harness.js';
import { deferred, waitFor } from './support/wait-for.js';

let h: WorkerHarness;
beforeAll(async () => {
  h = await createWorkerHarness();
});
afterAll(() => h?.close());

describe('RunningWorker.close', () => {
  it('lets a running job finish before it resolves', async () => {
    const events: string[] = [];
    const started = deferred();
    const release = deferred();
    const worker = await h.start({
      handlers: {
        ...handlers,
        'email.welcome': async () => {
          events.push('job started');
          started.resolve();
          await release.promise;
          events.push('job finished');
          return 'done';
        },
      },
    });
    const { userId } = await h.createUserOwingWelcome();
    await h.jobs.enqueue('email.welcome', { userId });
    await started.promise;

    const closing = worker.close().then(() => events.push('worker closed'));
    for (let i = 0; i < 5; i++) await h.redis.ping(); // give a wrong close() the chance to resolve early
    expect(events).toEqual(['job started']);
    release.resolve();
    await closing;

    expect(events).toEqual(['job started', 'job finished', 'worker closed']);
    expect(await h.jobState(`welcome-${userId}`)).toBe('completed');
  });

  it('takes no new jobs once closed', async () => {
    const worker = await h.start();
    await worker.close();
    const { userId } = await h.createUserOwingWelcome();
    await h.jobs.enqueue('email.welcome', { userId });
    expect(await h.jobState(`welcome-${userId}`)).toBe('waiting');

    await h.start(); // another worker picks it up
    await waitFor('the job to complete', async () => (await h.jobState(`welcome-${userId}`)) === 'completed');
    expect(h.inbox.messages).toHaveLength(1);
  });
});
