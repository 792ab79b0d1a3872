import { describe, expect, it } from 'vitest';
import { sessionTitle } from './session-title';

const session = {
  id: 'a'.repeat(64),
  current: false,
  device: 'desktop' as const,
  ip: '10.0.0.1',
  lastSeenAt: '2030-01-01T00:00:00.000Z',
  createdAt: '2030-01-01T00:00:00.000Z',
};

describe('sessionTitle', () => {
  it('names the browser and the system, or whichever is known', () => {
    expect(sessionTitle({ ...session, browser: 'Chrome 130', os: 'macOS' })).toBe('Chrome 130 on macOS');
    expect(sessionTitle({ ...session, browser: null, os: 'Linux' })).toBe('Linux');
    expect(sessionTitle({ ...session, browser: null, os: null })).toBe('Unknown browser');
  });
});
