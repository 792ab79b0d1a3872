import { describe, expect, it } from 'vitest';
import { renderEmail } from '../index.js';
import type { InvitationEmailProps } from './invitation.js';

const link = 'https://roster.example.com/invite/q0Zb3m7Xw9yK2cT5vN8pR1sD4fG6hJ0lA3eI7oU_-xY';
const props: InvitationEmailProps = {
  orgName: 'Northwind',
  inviterName: 'Jane Doe',
  role: 'member',
  link,
  accountExists: false,
  expiresAt: '2030-06-14T14:30:00.000Z',
  projects: [],
};

describe('renderEmail("invitation")', () => {
  it('names the inviter and the organization in the subject', async () => {
    expect((await renderEmail('invitation', props)).subject).toBe(
      'Jane Doe invited you to join Northwind on Roster',
    );
    expect((await renderEmail('invitation', { ...props, inviterName: null })).subject).toBe(
      'Someone invited you to join Northwind on Roster',
    );
  });

  it('states organization, inviter and role in the body', async () => {
    const { text } = await renderEmail('invitation', props);
    expect(text).toContain('Join Northwind on Roster');
    expect(text).toContain('Jane Doe invited you to join Northwind as a member.');
    const admin = await renderEmail('invitation', { ...props, role: 'admin', inviterName: null });
    expect(admin.text).toContain('Someone invited you to join Northwind as an admin');
  });

  it('lists the projects the invitation adds, with the role in each, in HTML and plain text', async () => {
    const { html, text } = await renderEmail('invitation', {
      ...props,
      projects: [
        { name: 'Design', role: 'manager' },
        { name: 'Website', role: 'viewer' },
      ],
    });
    expect(html).toMatch(/<li[^>]*><strong>Design<\/strong>, as a manager<\/li>/);
    expect(text).toContain('You will also be added to these projects:');
    expect(text).toMatch(/\* Design, as a manager\s+\* Website, as a viewer/);
    const one = await renderEmail('invitation', {
      ...props,
      projects: [{ name: 'Design', role: 'contributor' }],
    });
    expect(one.text).toContain('You will also be added to this project:');
    expect(one.text).toContain('Design, as a contributor');
  });

  it('leaves the projects out when there are none', async () => {
    const { text } = await renderEmail('invitation', props);
    expect(text).not.toContain('project');
  });

  it('escapes project names and drops their hidden characters', async () => {
    const { html, text } = await renderEmail('invitation', {
      ...props,
      projects: [{ name: '<b>Ops</b>\u202Eevil', role: 'viewer' }],
    });
    expect(html).toContain('&lt;b&gt;Ops&lt;/b&gt;evil');
    expect(text).toContain('<b>Ops</b>evil, as a viewer');
  });

  it('asks someone without an account to sign up', async () => {
    const { html, text } = await renderEmail('invitation', props);
    expect(html).toMatch(new RegExp(`<a[^>]*href="${link}"[^>]*>.*Sign up to join`, 's'));
    expect(text).toContain('Sign up to join');
    expect(text).not.toMatch(/sign in/i);
  });

  it('asks someone with an account to sign in', async () => {
    const { html, text } = await renderEmail('invitation', { ...props, accountExists: true });
    expect(html).toMatch(new RegExp(`<a[^>]*href="${link}"[^>]*>.*Sign in to join`, 's'));
    expect(text).toContain('Sign in to join');
    expect(text).not.toMatch(/sign up/i);
  });

  it('has a plain-text version with the link and no markup', async () => {
    const { text } = await renderEmail('invitation', props);
    expect(text).toContain(link);
    expect(text).not.toMatch(/<[a-z]/i);
  });

  it('says when the link expires, or that it does not', async () => {
    const { text } = await renderEmail('invitation', props);
    expect(text).toContain('This link expires on June 14, 2030 at 2:30 PM UTC.');
    const never = await renderEmail('invitation', { ...props, expiresAt: null });
    expect(never.text).toContain('This link does not expire.');
    expect(never.text).not.toContain('expires on');
  });

  it('escapes what people typed', async () => {
    const { html, text } = await renderEmail('invitation', {
      ...props,
      orgName: '<script>alert(1)</script>',
      inviterName: '<img src=x onerror=alert(2)>',
    });
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;script&gt;');
    expect(text).toContain('<script>alert(1)</script>'); // plain text is shown as text, never run
  });
});
