import { describe, expect, it } from 'vitest';
import { formatBytes, formatSpeed, formatTimeLeft, tooLargeMessage } from './upload-format';

describe('sizes, speeds and times for people', () => {
  it('counts bytes in binary units, one decimal below ten', () => {
    expect(formatBytes(0)).toBe('0 bytes');
    expect(formatBytes(1)).toBe('1 byte');
    expect(formatBytes(1023)).toBe('1023 bytes');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(100 * 1024 ** 2)).toBe('100 MB');
    expect(formatBytes(1024 ** 3)).toBe('1 GB');
    expect(formatBytes(1024 ** 4 - 1)).toBe('1023 GB');
    expect(formatBytes(5 * 1024 ** 4)).toBe('5 TB');
    expect(formatSpeed(2.5 * 1024 * 1024)).toBe('2.5 MB/s');
  });

  it('says how long is left', () => {
    expect(formatTimeLeft(null)).toBe('');
    expect(formatTimeLeft(0)).toBe('1 s left');
    expect(formatTimeLeft(59)).toBe('59 s left');
    expect(formatTimeLeft(61)).toBe('2 min left');
    expect(formatTimeLeft(3600)).toBe('1 h left');
    expect(formatTimeLeft(4800)).toBe('1 h 20 min left');
  });

  it('says why a file is too large for the plan', () => {
    expect(tooLargeMessage(150 * 1024 ** 2, { bytes: 100 * 1024 ** 2, plan: 'free' })).toBe(
      'This file is 150 MB; the Free plan takes files up to 100 MB.',
    );
  });
});
