// A send cut short after the SMTP server took the message (its worker killed before recording it)
// cannot be told from one that never arrived: the claim that takes its lapsed lease over sends the
// email again. It goes out as the same message, with the same Message-ID, so that the recipient's
// mail system can show it once; a different email never shares that id.
import { EmailDelivery, forkEm } from '@roster/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handlers } from '../src/handlers/index.js';
import { appUrl, createWorkerHarness, type WorkerHarness } from './support/harness.js';

let h: WorkerHarness;
beforeAll(async () => {
  h = await createWorkerHarness();
});
afterAll(() => h?.close());

const messagesTo = (email: string) => h.inbox.messages.filter((m) => m.envelopeTo.includes(email));

/** The row as a worker SIGKILLed after the server took the message leaves it: sending, lease lapsed. */
const cutShort = (userId: string) =>
  forkEm(h.db.orm).nativeUpdate(
    EmailDelivery,
    { key: `welcome:${userId}` },
    { status: 'sending', sentAt: null, leaseExpiresAt: new Date(Date.now() - 1000) },
  );

describe('the Message-ID of an email', () => {
  it('is the same when a send cut short is sent again, and differs between emails', async () => {
    const ada = await h.createUserOwingWelcome('Ada Lovelace');
    const grace = await h.createUserOwingWelcome('Grace Hopper');
    expect(await handlers['email.welcome']({ userId: ada.userId }, h.context())).toBe('sent');
    expect(await handlers['email.welcome']({ userId: grace.userId }, h.context())).toBe('sent');

    await cutShort(ada.userId);
    expect(await handlers['email.welcome']({ userId: ada.userId }, h.context())).toBe('sent');

    const [first, again, ...more] = messagesTo(ada.email);
    expect(more).toHaveLength(0);
    expect(again!.messageId).toBe(first!.messageId);
    expect(first!.messageId).toMatch(new RegExp(`^<[0-9a-f]{40}@${new URL(appUrl).hostname}>$`));
    expect(await h.delivery(ada.userId)).toMatchObject({ status: 'sent', attempts: 2 });
    const [other] = messagesTo(grace.email);
    expect(other!.messageId).not.toBe(first!.messageId);
  });
});
