import { describe, expect, it } from 'vitest';
import { tooManyAttemptsMessage } from './wait';

// The wait itself is worded by core's waitPhrase (tested there), as the API's messages are.
describe('tooManyAttemptsMessage', () => {
  it('tells how long to wait, in words', () => {
    expect(tooManyAttemptsMessage(893)).toBe('Too many attempts. Try again in 15 minutes.');
    expect(tooManyAttemptsMessage(40)).toBe('Too many attempts. Try again in 40 seconds.');
    expect(tooManyAttemptsMessage(7200)).toBe('Too many attempts. Try again in 2 hours.');
    expect(tooManyAttemptsMessage(null)).toBe('Too many attempts. Wait a little, then try again.');
  });
});
