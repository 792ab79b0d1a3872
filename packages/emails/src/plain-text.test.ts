import { describe, expect, it } from 'vitest';
import { renderEmail } from './index.js';
import { withoutHiddenCharacters } from './plain-text.js';

const hiddenOnes = [
  ...['\u0000', '\u0007', '\t', '\n', '\r', '\u001b', '\u007f', '\u0085', '\u009f'],
  ...['\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e'],
  ...['\u2066', '\u2067', '\u2068', '\u2069'],
];

describe('names placed in emails', () => {
  it('lose control characters and bidi marks, and keep everything else', () => {
    for (const c of hiddenOnes) expect(withoutHiddenCharacters(`Ac${c}me`)).toBe('Acme');
    expect(withoutHiddenCharacters('Zoë Ångström 山田 مرحبا O’Brien & Co')).toBe(
      'Zoë Ångström 山田 مرحبا O’Brien & Co',
    );
  });

  it('cannot reorder or break the invitation’s subject and body', async () => {
    const email = await renderEmail('invitation', {
      orgName: 'Acme\u202egnp.exe\u202c Corp',
      inviterName: 'Mallory\r\nBcc: victim@example.com\u2066',
      role: 'member',
      link: 'https://roster.example.com/invite/abc',
      accountExists: false,
      expiresAt: null,
    });
    expect(email.subject).toBe(
      'MalloryBcc: victim@example.com invited you to join Acmegnp.exe Corp on Roster',
    );
    // (react-email pads the inbox preview with zero-width marks of its own: only the names' are checked.)
    for (const part of [email.subject, email.html, email.text]) {
      for (const c of ['\u202e', '\u202c', '\u2066', '\r']) expect(part).not.toContain(c);
    }
    expect(email.html).toContain('<strong>Acmegnp.exe Corp</strong>');
    expect(email.text).toContain('MalloryBcc: victim@example.com invited you to join Acmegnp.exe Corp');
  });
});
