import { describe, expect, it } from 'vitest';
import { curlExample, expiresAt, expiryDateBounds, expiryDateProblem, localDate } from './api-key-format';

const now = new Date(2026, 10, 30, 15, 0, 0); // Nov 30 2026, 15:00 in the test's time zone

describe('expiry', () => {
  it('is null for never, N days on for a period, and the end of the chosen local day', () => {
    expect(expiresAt('never', '', now)).toBeNull();
    expect(new Date(expiresAt('30', '', now)!).getTime() - now.getTime()).toBe(30 * 86_400_000);
    const end = new Date(expiresAt('date', '2027-03-03', now)!);
    expect(localDate(end)).toBe('2027-03-03');
    expect([end.getHours(), end.getMinutes()]).toEqual([23, 59]);
  });

  it('offers tomorrow up to two years on, and says what is wrong with a typed date', () => {
    expect(expiryDateBounds(now)).toEqual({ min: '2026-12-01', max: '2028-11-28' });
    expect(expiryDateProblem('2026-12-01', now)).toBeNull();
    expect(expiryDateProblem('2026-11-30', now)).toBe('Choose a day after today.');
    expect(expiryDateProblem('2029-01-01', now)).toBe('A key can expire at most two years from now.');
    expect(expiryDateProblem('', now)).toBe('Choose the day the key stops working.');
  });
});

it('shows a curl call against the app’s own origin', () => {
  expect(curlExample('https://roster.example')).toBe(
    'curl https://roster.example/v1/projects \\\n  -H "Authorization: Bearer rst_…"',
  );
});
