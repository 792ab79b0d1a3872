import Bowser from 'bowser';
import type { SessionDto } from './dto.js';

export interface DeviceDescription {
  browser: string | null;
  os: string | null;
  device: SessionDto['device'];
}

const deviceTypes = new Set<string>(['desktop', 'mobile', 'tablet']);

/** The browser, system and kind of device a User-Agent header names, as far as it tells. */
export function describeDevice(userAgent: string | null): DeviceDescription {
  if (!userAgent) return { browser: null, os: null, device: 'other' };
  const { browser, os, platform } = Bowser.parse(userAgent);
  const osName = os.name
    ? [os.name, os.versionName ?? majorVersion(os.version)].filter(Boolean).join(' ')
    : null;
  return {
    browser: browser.name ? [browser.name, majorVersion(browser.version)].filter(Boolean).join(' ') : null,
    os: osName,
    device:
      platform.type && deviceTypes.has(platform.type)
        ? (platform.type as DeviceDescription['device'])
        : 'other',
  };
}

function majorVersion(version: string | undefined): string | undefined {
  return version?.split('.')[0];
}
