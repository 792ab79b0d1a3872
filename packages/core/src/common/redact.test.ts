import { describe, expect, it } from 'vitest';
import { redactLogged, redactText, redactUrl } from './redact.js';

const token = 'Abc_def-0123456789abcdefghijklmnopqrstuvwxy';
const input = (value: unknown) => encodeURIComponent(JSON.stringify(value));

describe('redaction of secrets in logs', () => {
  it.each(['invite', 'verify-email', 'reset-password'])('replaces the token of /%s/<token>', (page) => {
    expect(redactUrl(`/${page}/${token}`)).toBe(`/${page}/[redacted]`);
    expect(redactUrl(`/${page}/${token}?from=mail#x`)).toBe(`/${page}/[redacted]?from=mail#x`);
  });

  it('replaces secret fields of a tRPC input and keeps the rest', () => {
    const url = redactUrl(`/trpc/invitation.preview?input=${input({ token })}`);
    expect(url).not.toContain(token);
    expect(decodeURIComponent(url)).toBe('/trpc/invitation.preview?input={"token":"[redacted]"}');
    const batch = redactUrl(
      `/trpc/org.get,auth.resetPassword?batch=1&input=${input({ 0: { orgId: 'o-1' }, 1: { token, password: 'pw-secret' } })}`,
    );
    expect(decodeURIComponent(batch)).toBe(
      '/trpc/org.get,auth.resetPassword?batch=1&input={"0":{"orgId":"o-1"},"1":{"token":"[redacted]","password":"[redacted]"}}',
    );
  });

  it('drops an input that is not JSON, and any query parameter named like a secret', () => {
    expect(redactUrl(`/trpc/auth.verifyEmail?input=%7B%22token%22%3A%22${token}`)).toBe(
      '/trpc/auth.verifyEmail?input=[redacted]',
    );
    expect(redactUrl(`/x?token=${token}&page=2`)).toBe('/x?token=[redacted]&page=2');
    expect(redactUrl('/trpc/org.list')).toBe('/trpc/org.list');
  });

  it('redacts links and JSON fields quoted in text, and secret fields of logged objects', () => {
    const text = `failed on http://roster.test/invite/${token} with {"inviteToken":"${token}","name":"x"}`;
    expect(redactText(text)).toBe(
      'failed on http://roster.test/invite/[redacted] with {"inviteToken":"[redacted]","name":"x"}',
    );
    const logged = redactLogged({
      message: `see /reset-password/${token}`,
      data: { token, invitationId: 'i-1' },
      nested: [{ apiKey: 'k' }],
    });
    expect(logged).toEqual({
      message: 'see /reset-password/[redacted]',
      data: { token: '[redacted]', invitationId: 'i-1' },
      nested: [{ apiKey: '[redacted]' }],
    });
  });
});
