import { describe, expect, it } from 'vitest';
import { renderEmail } from '../render.js';
import { formatBytes, usedOfLimit } from './usage-alert-format.js';

const GiB = 1024 ** 3;
const props = {
  name: 'Grace Hopper',
  orgName: 'Acme Inc',
  metric: 'apiCalls' as const,
  used: 8_512,
  limit: 10_000,
  percent: 85,
  threshold: 80,
  usageLink: 'https://roster.example.com/orgs/0b7c9a52-6f0e-4d8a-9a51-6c1f0e2d3b4a/usage',
};

describe('renderEmail("usage-alert")', () => {
  it('names the organization, the metric and the percentage in the subject', async () => {
    const { subject } = await renderEmail('usage-alert', props);
    expect(subject).toBe('Usage alert: Acme Inc has used 85% of its API calls limit');
  });

  it('says used against the limit in human units, the percentage and the alert level', async () => {
    const { text } = await renderEmail('usage-alert', props);
    expect(text).toContain(
      'Hi Grace Hopper, Acme Inc has used 8,512 of 10,000 API calls this month: 85% of its limit.',
    );
    expect(text).toContain('goes out at 80%');
    expect(text).toMatch(/requests made with API keys are refused/);
  });

  it('shows bytes for bandwidth out and storage', async () => {
    const bandwidth = await renderEmail('usage-alert', {
      ...props,
      metric: 'bandwidthOut',
      used: 9.5 * GiB,
      limit: 10 * GiB,
      percent: 95,
    });
    expect(bandwidth.subject).toBe('Usage alert: Acme Inc has used 95% of its bandwidth out limit');
    expect(bandwidth.text).toContain(
      'has used 9.5 GB of 10 GB of bandwidth out this month: 95% of its limit.',
    );
    const storage = await renderEmail('usage-alert', {
      ...props,
      metric: 'storage',
      used: 900 * 1024 ** 2,
      limit: GiB,
      percent: 87,
    });
    expect(storage.text).toContain('has used 900 MB of 1 GB of storage: 87% of its limit.');
    expect(storage.text).toMatch(/new uploads are refused/);
    expect(storage.text).not.toContain('this month:');
  });

  it('links to the usage page, as a button and spelled out in the plain-text version', async () => {
    const { html, text } = await renderEmail('usage-alert', props);
    expect(html).toMatch(new RegExp(`<a[^>]*href="${props.usageLink}"[^>]*>.*See usage`, 's'));
    expect(text).toContain(props.usageLink);
    expect(text).not.toMatch(/<[a-z]/i);
  });

  it('escapes the names, and drops their hidden characters from the subject', async () => {
    const email = await renderEmail('usage-alert', { ...props, orgName: '<b>Acme</b>\u202E\r\nBcc: x' });
    expect(email.html).not.toContain('<b>Acme');
    expect(email.html).toContain('&lt;b&gt;Acme&lt;/b&gt;');
    expect(email.subject).not.toMatch(/[\r\n\u202E]/);
  });
});

describe('usage alert units', () => {
  it('formats bytes as the usage page does, and counts with separators', () => {
    expect(formatBytes(1)).toBe('1 byte');
    expect(formatBytes(1023)).toBe('1,023 bytes');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(10 * GiB - 1)).toBe('9.9 GB');
    expect(formatBytes(2048 * 1024 ** 4)).toBe('2 PB');
    expect(usedOfLimit('apiCalls', 1_000_000, 1_000_000)).toBe('1,000,000 of 1,000,000 API calls');
    expect(usedOfLimit('storage', 0, GiB)).toBe('0 bytes of 1 GB');
  });
});
