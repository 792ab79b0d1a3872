import { describe, expect, it } from 'vitest';
import { renderInvitationEmail } from './invitation-render.js';
import { renderEmail } from './render.js';

const props = {
  orgName: 'Northwind <Traders>',
  inviterName: 'Ada Admin',
  role: 'admin' as const,
  accountExists: true,
  expiresAt: '2030-06-14T14:30:41.123Z',
};
const link = (n: number) => `http://127.0.0.1:5173/invite/${String(n).padStart(43, 'x')}`;

describe('renderInvitationEmail', () => {
  it('is the rendered template with each email’s own link', async () => {
    for (const n of [1, 2]) {
      const fast = await renderInvitationEmail({ ...props, link: link(n) });
      const slow = await renderEmail('invitation', { ...props, link: link(n) });
      expect(fast.subject).toBe(slow.subject);
      expect(fast.html).toBe(slow.html);
      expect(fast.text).toContain(link(n));
      expect(fast.text.replace(/\s+/g, ' ')).toBe(slow.text.replace(/\s+/g, ' '));
      expect(fast.html).not.toContain('placeholder');
    }
  });

  it('keeps the wording and organization apart', async () => {
    const signIn = await renderInvitationEmail({ ...props, link: link(3) });
    const signUp = await renderInvitationEmail({
      ...props,
      accountExists: false,
      orgName: 'Globex',
      link: link(3),
    });
    expect(signIn.text).toContain('Sign in to join');
    expect(signUp.text).toContain('Sign up to join');
    expect(signUp.subject).toContain('Globex');
  });

  it('escapes a link for HTML', async () => {
    const odd = 'http://x.test/invite/a&b"c';
    const email = await renderInvitationEmail({ ...props, link: odd });
    expect(email.html).not.toContain('a&b"c');
    expect(email.text).toContain(odd);
  });
});
