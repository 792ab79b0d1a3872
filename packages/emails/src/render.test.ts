import { describe, expect, it } from 'vitest';
import { renderEmail, templateNames } from './index.js';

describe('renderEmail("welcome")', () => {
  const props = { name: 'Grace Hopper', appUrl: 'https://roster.example.com' };

  it('greets the user by name in the subject and the body', async () => {
    const email = await renderEmail('welcome', props);
    expect(email.subject).toBe('Welcome to Roster, Grace Hopper');
    expect(email.html).toContain('Welcome to Roster, <!-- -->Grace Hopper');
    expect(email.text).toContain('Welcome to Roster, Grace Hopper');
  });

  it('has an "Open Roster" button linking to the app', async () => {
    const { html } = await renderEmail('welcome', props);
    expect(html).toMatch(/<a[^>]*href="https:\/\/roster\.example\.com"[^>]*>.*Open Roster/s);
  });

  it('has a plain-text version with the link and no markup', async () => {
    const { text } = await renderEmail('welcome', props);
    expect(text).toContain('Open Roster');
    expect(text).toContain('https://roster.example.com');
    expect(text).not.toMatch(/<[a-z]/i);
  });

  it('tells someone who joined through an invitation where they are, without asking them to invite', async () => {
    const joined = { ...props, joinedOrgName: 'Acme Inc', inviterName: 'Ada Lovelace' };
    const email = await renderEmail('welcome', joined);
    expect(email.subject).toBe('Welcome to Acme Inc on Roster, Grace Hopper');
    expect(email.text).toContain('You joined Acme Inc, invited by Ada Lovelace.');
    expect(email.text).not.toMatch(/invite your teammates/i);
    expect((await renderEmail('welcome', props)).text).toMatch(/invite your teammates/i);
  });

  it('escapes what the user typed', async () => {
    const { html } = await renderEmail('welcome', { ...props, name: '<script>alert(1)</script>' });
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
  });

  it('lists its templates', () => {
    expect(templateNames).toEqual([
      'welcome',
      'invitation',
      'verify-email',
      'reset-password',
      'confirm-email-change',
      'email-changed',
      'usage-alert',
    ]);
  });
});

describe('renderEmail types', () => {
  it('takes exactly the props of the named template', () => {
    // Never called: the point is that tsc (pnpm typecheck) rejects these lines without the markers.
    const _wrongProps = () => {
      // @ts-expect-error appUrl is required
      void renderEmail('welcome', { name: 'Ada' });
      // @ts-expect-error there is no such template
      void renderEmail('nope', {});
    };
    expect(typeof _wrongProps).toBe('function');
  });
});

describe('renderEmail: the email change pair', () => {
  it('asks the new address to confirm, and tells the old one where the account went', async () => {
    const confirm = await renderEmail('confirm-email-change', {
      name: 'Grace',
      email: 'grace@new.example',
      link: 'https://roster.example.com/confirm-email/abc',
      expiresAt: '2030-06-14T14:30:00.000Z',
    });
    expect(confirm.subject).toBe('Confirm your new email for Roster');
    expect(confirm.text).toContain('https://roster.example.com/confirm-email/abc');
    expect(confirm.text).toContain('grace@new.example');
    const notice = await renderEmail('email-changed', {
      name: 'Grace',
      email: 'grace@new.example',
      resetLink: 'https://roster.example.com/forgot-password',
    });
    expect(notice.subject).toBe('Your Roster email was changed');
    expect(notice.text).toContain('now signs in with grace@new.example');
  });
});
