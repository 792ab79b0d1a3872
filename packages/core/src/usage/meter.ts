import type { Redis } from 'ioredis';
import { counterField, usageKeys, type UsageMetric } from './keys.js';

/** What one request (or one session download/upload) used, counted once when it ends. */
export interface UsageHit {
  orgId: string;
  /** null: not tied to a project (listing projects, the usage routes). */
  projectId: string | null;
  /** null: the signed-in web app (a session), not an API key. */
  apiKeyId: string | null;
  apiCalls: number;
  bytesIn: number;
  bytesOut: number;
  /** When it happened: picks the UTC day and the month. */
  at: Date;
}

/** The month hash lives a little longer than the month, so the guard reads it until the month ends. */
export const monthTtlSeconds = 40 * 24 * 3600;

/**
 * Counts usage in Redis on the request path (PRODUCT.md §7): ONE pipelined round trip per hit —
 * HINCRBY of the pending counters (non-zero metrics only), HINCRBY of the month's totals (`c`,
 * `o`, which the API-key guard compares with the plan's limits) and their expiry. The worker's
 * rollup moves the pending counters into the database exactly once (rollup.ts).
 */
export class UsageMeter {
  private readonly keys: ReturnType<typeof usageKeys>;

  constructor(
    private readonly redis: Redis,
    prefix: string,
  ) {
    this.keys = usageKeys(prefix);
  }

  /** Rejects when Redis fails (the caller logs it; a response never waits on or fails by it). */
  async record(hit: UsageHit): Promise<void> {
    const amounts: [UsageMetric, number][] = [
      ['apiCalls', hit.apiCalls],
      ['bandwidthIn', hit.bytesIn],
      ['bandwidthOut', hit.bytesOut],
    ];
    const counted = amounts.filter(([, amount]) => amount > 0);
    if (counted.length === 0) return;
    const day = hit.at.toISOString().slice(0, 10);
    const month = this.keys.month(hit.orgId, hit.at);
    const pipeline = this.redis.pipeline();
    for (const [metric, amount] of counted) {
      pipeline.hincrby(
        this.keys.pending,
        counterField(hit.orgId, day, hit.projectId, hit.apiKeyId, metric),
        amount,
      );
    }
    if (hit.apiCalls > 0) pipeline.hincrby(month, 'c', hit.apiCalls);
    if (hit.bytesOut > 0) pipeline.hincrby(month, 'o', hit.bytesOut);
    pipeline.expire(month, monthTtlSeconds);
    const results = await pipeline.exec();
    const failed = results?.find(([error]) => error);
    if (failed) throw failed[0];
  }
}
