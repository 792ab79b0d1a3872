import { planLimits, type LimitName, type Limits, type Plan } from '@roster/core/browser';
import { formatBytes } from '../content/upload/upload-format';

/** Each limit's name on the plan card, in PRODUCT.md §12's order. */
export const limitLabels: Record<LimitName, string> = {
  seats: 'Seats',
  storageBytes: 'Storage',
  largestFileBytes: 'Largest file',
  apiCallsPerMonth: 'API calls per month',
  bandwidthOutPerMonth: 'Bandwidth out per month',
  requestsPerMinute: 'Requests per minute per API key',
};

const byteLimits: ReadonlySet<LimitName> = new Set([
  'storageBytes',
  'largestFileBytes',
  'bandwidthOutPerMonth',
]);

const count = (n: number) => n.toLocaleString('en-US');

/** A limit's value: "Unlimited", "1 GB" for sizes, "10,000" for counts. */
export function limitValueLabel(name: LimitName, value: number | null): string {
  if (value === null) return 'Unlimited';
  return byteLimits.has(name) ? formatBytes(value) : count(value);
}

/** What a plan allows of one limit, as a phrase: "5 seats", "Files up to 100 MB", "Unlimited API calls". */
export function planLimitPhrase(name: LimitName, value: number | null): string {
  switch (name) {
    case 'seats':
      return value === null ? 'Unlimited seats' : `${count(value)} ${value === 1 ? 'seat' : 'seats'}`;
    case 'storageBytes':
      return value === null ? 'Unlimited storage' : `${formatBytes(value)} of storage`;
    case 'largestFileBytes':
      return value === null ? 'Files of any size' : `Files up to ${formatBytes(value)}`;
    case 'apiCallsPerMonth':
      return value === null ? 'Unlimited API calls' : `${count(value)} API calls a month`;
    case 'bandwidthOutPerMonth':
      return value === null ? 'Unlimited bandwidth out' : `${formatBytes(value)} out a month`;
    case 'requestsPerMinute':
      return value === null ? 'No rate limit per key' : `${count(value)} requests a minute per key`;
  }
}

/** Whether the operator set this limit for the organization (it differs from its plan's). */
export function isOverridden(plan: Plan, limits: Limits, name: LimitName): boolean {
  return limits[name] !== planLimits[plan][name];
}
