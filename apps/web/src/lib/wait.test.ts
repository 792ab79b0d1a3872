import { describe, expect, it } from 'vitest';
import { formatWait, tooManyAttemptsMessage } from './wait';

describe('formatWait', () => {
  it('says seconds under a minute, one or many', () => {
    expect(formatWait(45)).toBe('45 seconds');
    expect(formatWait(1)).toBe('1 second');
    expect(formatWait(59)).toBe('59 seconds');
  });

  it('says minutes under an hour, rounded up so the wait is never too short', () => {
    expect(formatWait(60)).toBe('1 minute');
    expect(formatWait(61)).toBe('2 minutes');
    expect(formatWait(893)).toBe('15 minutes');
    expect(formatWait(900)).toBe('15 minutes');
    expect(formatWait(3540)).toBe('59 minutes');
    expect(formatWait(3541)).toBe('1 hour');
  });

  it('says hours from an hour on', () => {
    expect(formatWait(3600)).toBe('1 hour');
    expect(formatWait(3601)).toBe('2 hours');
  });

  it('never says zero, negative or fractional seconds', () => {
    expect(formatWait(0)).toBe('1 second');
    expect(formatWait(-5)).toBe('1 second');
    expect(formatWait(0.2)).toBe('1 second');
    expect(formatWait(44.1)).toBe('45 seconds');
  });
});

describe('tooManyAttemptsMessage', () => {
  it('tells how long to wait, in words', () => {
    expect(tooManyAttemptsMessage(893)).toBe('Too many attempts. Try again in 15 minutes.');
    expect(tooManyAttemptsMessage(null)).toBe('Too many attempts. Wait a little, then try again.');
  });
});
