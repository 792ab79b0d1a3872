import { describe, expect, it } from 'vitest';
import { describeDevice } from './device.js';

describe('describeDevice', () => {
  it('names the browser, system and kind of device', () => {
    const iphone =
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1';
    expect(describeDevice(iphone)).toEqual({ browser: 'Safari 17', os: 'iOS 17', device: 'mobile' });
    const windows =
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36';
    expect(describeDevice(windows)).toEqual({ browser: 'Chrome 130', os: 'Windows 10', device: 'desktop' });
  });

  it('says nothing it cannot tell', () => {
    expect(describeDevice(null)).toEqual({ browser: null, os: null, device: 'other' });
    expect(describeDevice('curl/8.5.0')).toMatchObject({ device: 'other' });
  });
});
