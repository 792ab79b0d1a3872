import { describe, expect, it } from 'vitest';
import { waitPhrase } from './wait-phrase.js';

describe('waitPhrase', () => {
  it('says seconds under a minute, one or many', () => {
    expect(waitPhrase(40)).toBe('40 seconds');
    expect(waitPhrase(1)).toBe('1 second');
    expect(waitPhrase(59)).toBe('59 seconds');
  });

  it('says minutes under an hour, rounded up so the wait is never too short', () => {
    expect(waitPhrase(60)).toBe('1 minute');
    expect(waitPhrase(61)).toBe('2 minutes');
    expect(waitPhrase(893)).toBe('15 minutes');
    expect(waitPhrase(900)).toBe('15 minutes');
    expect(waitPhrase(3540)).toBe('59 minutes');
    expect(waitPhrase(3541)).toBe('1 hour');
  });

  it('says hours from an hour on', () => {
    expect(waitPhrase(3600)).toBe('1 hour');
    expect(waitPhrase(3601)).toBe('2 hours');
    expect(waitPhrase(7200)).toBe('2 hours');
  });

  it('never says zero, negative or fractional seconds', () => {
    expect(waitPhrase(0)).toBe('1 second');
    expect(waitPhrase(-5)).toBe('1 second');
    expect(waitPhrase(0.2)).toBe('1 second');
    expect(waitPhrase(44.1)).toBe('45 seconds');
  });
});
