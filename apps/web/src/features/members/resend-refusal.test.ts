import { describe, expect, it } from 'vitest';
import type { ApiError } from '../../lib/api-error';
import { resendRefusalMessage } from './resend-refusal';

const refusal = (reason: ApiError['reason'], retryAfterSeconds: number | null): ApiError => ({
  code: 'TOO_MANY_REQUESTS',
  reason,
  message: 'The API’s own sentence.',
  fieldErrors: {},
  retryAfterSeconds,
});
const now = new Date(2026, 0, 1, 14, 31, 10).getTime();
const at = (h: number, m: number) =>
  new Date(2026, 0, 1, h, m).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

describe('a refused resend', () => {
  it('says when the invitation can be resent', () => {
    expect(resendRefusalMessage(refusal('RESEND_TOO_SOON', 45), 'ann@example.com', now)).toBe(
      `ann@example.com was just sent a link. You can resend it in 45 seconds (at ${at(14, 31)}).`,
    );
  });

  it('says when the organization may send invitation emails again', () => {
    expect(resendRefusalMessage(refusal('INVITATION_EMAIL_LIMIT', 20 * 60), 'ann@example.com', now)).toMatch(
      new RegExp(`You can resend in 20 minutes \\(at ${at(14, 51)}\\)\\.$`),
    );
  });

  it('falls back to the API’s sentence', () => {
    expect(resendRefusalMessage(refusal('INVITATION_NOT_PENDING', null), 'ann@example.com', now)).toBe(
      'The API’s own sentence.',
    );
  });
});
