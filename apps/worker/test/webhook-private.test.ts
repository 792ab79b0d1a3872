// A webhook URL allowed when it was installed (WEBHOOK_ALLOW_PRIVATE=true in the API then, or a
// host whose DNS answered a public address) is checked again at every delivery: a worker without
// the setting refuses to connect to a loopback address, and the receiver never gets a request.
import { WebhookAttempt, WebhookDelivery, forkEm } from '@roster/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkerHarness, type WorkerHarness } from './support/harness.js';
import { waitFor } from './support/wait-for.js';
import { startWebhookReceiver, type WebhookReceiver } from './support/webhook-receiver.js';
import { setUpWebhookOrg } from './support/webhook-org.js';

let h: WorkerHarness;
let receiver: WebhookReceiver;

beforeAll(async () => {
  h = await createWorkerHarness();
  receiver = await startWebhookReceiver();
  // The production rule: private addresses refused; retries short for the test.
  await h.start({ webhooks: { allowPrivate: false, timeoutMs: 1_000, retryDelayMs: 50 } });
}, 60_000);

afterAll(async () => {
  await h?.close();
  await receiver?.close();
});

describe('a private webhook URL at delivery', () => {
  it('is refused without WEBHOOK_ALLOW_PRIVATE even though it was allowed at install', async () => {
    // Installed with private addresses allowed (as an API with the setting on would).
    const org = await setUpWebhookOrg(h.db.orm, h.jobs, `${receiver.url}/private`);
    await org.createProject('Never sent');
    const [d] = await waitFor('the delivery', async () => {
      const rows = await org.deliveries();
      return rows.length > 0 && rows;
    });
    await waitFor('two refused attempts', async () => {
      const row = await forkEm(h.db.orm).findOneOrFail(WebhookDelivery, { id: d!.id });
      return row.attempts >= 2;
    });
    const attempts = await forkEm(h.db.orm).find(WebhookAttempt, { delivery: d!.id });
    for (const attempt of attempts) {
      expect(attempt.responseCode).toBeNull();
      expect(attempt.error).toMatch(/^refused: The URL resolves to 127\.0\.0\.1 \(loopback\)/);
    }
    const row = await forkEm(h.db.orm).findOneOrFail(WebhookDelivery, { id: d!.id });
    expect(row.deliveredAt).toBeNull();
    expect(row.status).not.toBe('succeeded');
    expect(receiver.received).toEqual([]);
  });
});
