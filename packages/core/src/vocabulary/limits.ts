import type { Plan } from './plans.js';

const MiB = 1024 ** 2;
const GiB = 1024 ** 3;
const TiB = 1024 ** 4;

/** The limits of PRODUCT.md §12, each set by the plan and overridable per organization by the operator. */
export const limitNames = [
  'seats',
  'storageBytes',
  'largestFileBytes',
  'apiCallsPerMonth',
  'bandwidthOutPerMonth',
  'requestsPerMinute',
] as const;
export type LimitName = (typeof limitNames)[number];

/** An organization's effective limits; null = unlimited. */
export type Limits = Record<LimitName, number | null>;

/** What the operator set for one organization: a number, null (unlimited), or absent (the plan's). */
export type LimitOverrides = Partial<Limits>;

export const planLimits: Record<Plan, Limits> = {
  free: {
    seats: 5,
    storageBytes: GiB,
    largestFileBytes: 100 * MiB,
    apiCallsPerMonth: 10_000,
    bandwidthOutPerMonth: 10 * GiB,
    requestsPerMinute: 60,
  },
  team: {
    seats: 50,
    storageBytes: TiB,
    largestFileBytes: 5 * GiB,
    apiCallsPerMonth: 1_000_000,
    bandwidthOutPerMonth: TiB,
    requestsPerMinute: 600,
  },
  enterprise: {
    seats: null,
    storageBytes: null,
    largestFileBytes: 50 * GiB,
    apiCallsPerMonth: null,
    bandwidthOutPerMonth: null,
    requestsPerMinute: 6_000,
  },
};

/** The plan's limits with the organization's overrides applied. */
export function orgLimits(plan: Plan, overrides: LimitOverrides | null | undefined): Limits {
  return { ...planLimits[plan], ...(overrides ?? {}) };
}
