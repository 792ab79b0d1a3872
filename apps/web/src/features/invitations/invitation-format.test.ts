import { describe, expect, it } from 'vitest';
import { emailCountLabel, expiryLabel, outcomeSummary } from './invitation-format';

const now = Date.parse('2025-03-10T12:00:00Z');

describe('expiryLabel', () => {
  it('says when a link expires, or that it expired', () => {
    expect(expiryLabel('2025-03-17T12:00:00Z', now)).toBe('Expires in 7 days');
    expect(expiryLabel('2025-03-08T12:00:00Z', now)).toBe('Expired 2 days ago');
    expect(expiryLabel(null, now)).toBe('Never expires');
  });
});

describe('emailCountLabel', () => {
  it('counts emails in the singular and the plural', () => {
    expect(emailCountLabel(0)).toBe('0 emails');
    expect(emailCountLabel(1)).toBe('1 email');
    expect(emailCountLabel(100)).toBe('100 emails');
    expect(emailCountLabel(3, 1)).toBe('3 emails · 1 not valid');
  });
});

describe('outcomeSummary', () => {
  it('counts each outcome, in a fixed order', () => {
    expect(
      outcomeSummary([
        { status: 'already_member' },
        { status: 'invited' },
        { status: 'invalid_email' },
        { status: 'invited' },
      ]),
    ).toBe('Invited: 2 · Already a member: 1 · Not a valid email: 1');
  });
});
