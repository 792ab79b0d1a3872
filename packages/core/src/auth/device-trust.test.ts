import { describe, expect, it } from 'vitest';
import { DeviceTrust, deviceTrustLifetimeMs } from './device-trust.js';

describe('device trust', () => {
  const trust = new DeviceTrust('a-secret-of-at-least-thirty-two-characters');

  it('recognizes a token only for the email it was issued for', () => {
    const token = trust.issue('jane@example.com');
    const deviceId = trust.recognize([token], 'jane@example.com');
    expect(deviceId).toMatch(/^[\w-]{22}$/);
    expect(token.startsWith(`${deviceId}.`)).toBe(true);
    expect(trust.recognize([token], 'john@example.com')).toBeNull();
  });

  it('refuses tokens signed with another secret, altered, or too old', () => {
    const now = Date.now();
    const token = trust.issue('jane@example.com', now);
    const other = new DeviceTrust('another-secret-of-thirty-two-characters!');
    expect(other.recognize([token], 'jane@example.com')).toBeNull();
    const [id, issuedAt, signature] = token.split('.');
    expect(trust.recognize([`${id}x.${issuedAt}.${signature}`], 'jane@example.com')).toBeNull();
    expect(trust.recognize([`${id}.${issuedAt}.${signature!.slice(1)}A`], 'jane@example.com')).toBeNull();
    expect(trust.recognize([token], 'jane@example.com', now + deviceTrustLifetimeMs)).toBeNull();
    expect(trust.recognize(['', '..', 'garbage'], 'jane@example.com')).toBeNull();
  });

  it('uses the first valid token of several', () => {
    const token = trust.issue('jane@example.com');
    const stale = trust.issue('john@example.com');
    expect(trust.recognize([stale, token], 'jane@example.com')).toBe(token.split('.')[0]);
  });
});
