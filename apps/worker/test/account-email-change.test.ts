import {
  AttemptLimiter,
  ResetLimiter,
  confirmEmailChange,
  createAccountScope,
  emailChangedKey,
  requestEmailChange,
  signUp,
} from '@roster/core';
import { AccountToken, EmailDelivery, User, forkEm } from '@roster/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, createWorkerHarness, type WorkerHarness } from './support/harness.js';
import { waitFor } from './support/wait-for.js';

let h: WorkerHarness;
beforeAll(async () => {
  h = await createWorkerHarness();
  await h.start();
});
afterAll(() => h?.close());

const password = 'violet-otter-17-lantern';
const sentTo = (email: string, subject: string) =>
  h.inbox.messages.filter(
    (m) => m.to && !Array.isArray(m.to) && m.to.text === email && m.subject === subject,
  );

describe('email.confirm-email-change and email.email-changed', () => {
  it('mails the link to the new address; once used, the account moves there and the old address is told', async () => {
    const email = `before-${Date.now()}@example.com`;
    const next = `after-${Date.now()}@example.com`;
    const limiter = new AttemptLimiter(h.redis, undefined, h.prefix);
    const limits = { limiter, ip: '10.8.0.1' };
    const anonymous = () =>
      createAccountScope({ em: forkEm(h.db.orm), jobs: h.jobs, actor: { type: 'anonymous' } });
    const { user } = await signUp(
      anonymous(),
      { email, password, name: 'Grace Hopper', companyName: 'Navy' },
      limits,
    );
    const signedIn = createAccountScope({
      em: forkEm(h.db.orm),
      jobs: h.jobs,
      actor: { type: 'user', ...user },
    });
    const emailLimiter = new ResetLimiter(h.redis, undefined, h.prefix);
    await requestEmailChange(
      signedIn,
      { email: next, currentPassword: password },
      { ...limits, emailLimiter },
    );

    const confirm = await waitFor(
      'the confirmation email',
      () => sentTo(next, 'Confirm your new email for Roster')[0],
    );
    const token = confirm.text?.match(new RegExp(`${appUrl}/confirm-email/([A-Za-z0-9_-]{43})\\b`))?.[1];
    expect(token).toBeDefined();
    expect(confirm.text).toContain(next);
    // Nothing changed yet.
    expect((await forkEm(h.db.orm).findOneOrFail(User, user.id)).email).toBe(email);

    expect(await confirmEmailChange(anonymous(), { token: token! })).toEqual({ email: next });
    const notice = await waitFor(
      'the notice to the old address',
      () => sentTo(email, 'Your Roster email was changed')[0],
    );
    expect(notice.text).toContain(`now signs in with ${next}`);
    expect(notice.text).toContain(`${appUrl}/forgot-password`);
    const link = await forkEm(h.db.orm).findOneOrFail(AccountToken, {
      user: user.id,
      purpose: 'change_email',
    });
    const delivery = await waitFor('the notice delivery to be sent', async () => {
      const row = await forkEm(h.db.orm).findOne(EmailDelivery, { key: emailChangedKey(link.id) });
      return row?.status === 'sent' ? row : undefined;
    });
    expect(delivery.recipient).toBe(email);
    expect(await forkEm(h.db.orm).findOneOrFail(User, user.id)).toMatchObject({ email: next });
  });
});
