import type { Limits } from '../vocabulary/limits.js';
import { usageAlertLimits, type UsageAlertMetric } from '../vocabulary/plugins.js';

/** A metric at or over a usage alert's percentage of its limit. */
export interface Crossing {
  metric: UsageAlertMetric;
  used: number;
  limit: number;
  /** How much of the limit is used, in whole percent (floored: 79.9 % is 79). */
  percent: number;
}

/**
 * The metrics of `metrics` whose usage is at or over `threshold` % of the organization's limit.
 * An unlimited metric never is; a limit of 0 is reached at once (nothing may be used).
 */
export function crossings(
  threshold: number,
  metrics: readonly UsageAlertMetric[],
  usage: Record<UsageAlertMetric, number>,
  limits: Limits,
): Crossing[] {
  const found: Crossing[] = [];
  for (const metric of metrics) {
    const limit = limits[usageAlertLimits[metric]];
    if (limit === null) continue;
    const used = usage[metric];
    if (used * 100 < threshold * limit) continue;
    const percent = limit === 0 ? 100 : Math.floor((used * 100) / limit);
    found.push({ metric, used, limit, percent });
  }
  return found;
}
