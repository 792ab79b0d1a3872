import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultWriteRate } from '@roster/core';
import { createHarness, uniqueEmail, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => {
  await h?.close();
});

describe("one organization's burst of invitations", () => {
  it('is paced past its share with TOO_MANY_REQUESTS and a wait, while another organization invites', async () => {
    const busy = await h.signUp();
    const other = await h.signUp();
    const invite = (who: typeof busy) =>
      who.caller.invitation.create({ orgId: who.orgId, emails: [uniqueEmail('burst')], role: 'member' }).then(
        (r) => ({ ok: true as const, status: r.results[0]!.status }),
        (e: { code: string; cause?: { reason: string; details: { retryAfterSeconds?: number } } }) => ({
          ok: false as const,
          code: e.code,
          reason: e.cause?.reason,
          retryAfterSeconds: e.cause?.details.retryAfterSeconds,
        }),
      );

    const answers = await Promise.all(
      Array.from({ length: defaultWriteRate.burst + 10 }, () => invite(busy)),
    );
    const refused = answers.filter((a) => !a.ok);
    expect(answers.filter((a) => a.ok).length).toBeGreaterThanOrEqual(defaultWriteRate.burst);
    expect(refused.length).toBeGreaterThan(0);
    for (const r of refused) {
      expect(r).toMatchObject({ code: 'TOO_MANY_REQUESTS', reason: 'ORG_RATE_LIMITED' });
      expect(r.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    }
    // Refused before any write: every invitation that exists was answered as made.
    const list = await busy.caller.invitation.list({ orgId: busy.orgId });
    const invited = answers.filter((a) => a.ok && a.status === 'invited').length;
    expect(list.filter((i) => i.status === 'pending').length).toBe(invited);

    expect(await invite(other)).toEqual({ ok: true, status: 'invited' });
  });
});
