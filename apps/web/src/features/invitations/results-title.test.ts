import { describe, expect, it } from 'vitest';
import { resultsTitle, retryableEmails } from './results-title';

const r = (email: string, status: Parameters<typeof resultsTitle>[0][number]['status']) => ({
  email,
  status,
});

describe('the invite results', () => {
  it('say in the title what happened', () => {
    expect(resultsTitle([r('a@x.example', 'invited')])).toBe('1 invitation sent');
    expect(resultsTitle([r('a@x.example', 'invited'), r('b@x.example', 'invited')])).toBe(
      '2 invitations sent',
    );
    expect(resultsTitle([r('a@x.example', 'invited'), r('b', 'invalid_email')])).toBe(
      '1 of 2 invitations sent',
    );
    expect(resultsTitle([r('a@x.example', 'already_member'), r('b', 'invalid_email')])).toBe(
      'No invitations sent',
    );
  });

  it('keep for "Invite more" the addresses that failed but may be retried', () => {
    expect(
      retryableEmails([
        r('a@x.example', 'invited'),
        r('b@x', 'invalid_email'),
        r('c@x.example', 'already_member'),
        r('d@x.example', 'already_invited'),
        r('e@x.example', 'seat_limit'),
      ]),
    ).toBe('b@x\ne@x.example');
  });
});
