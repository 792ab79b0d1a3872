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

/** Hits summed in memory, to go to Redis in one pipeline, and the callers waiting on it. */
interface Batch {
  /** Pending counter field → amount to add. */
  counters: Map<string, number>;
  /** Month hash key → amounts to add to its `c` (calls) and `o` (bytes out). */
  months: Map<string, { c: number; o: number }>;
  waiters: { resolve: () => void; reject: (error: unknown) => void }[];
}

function emptyBatch(): Batch {
  return { counters: new Map(), months: new Map(), waiters: [] };
}

/**
 * Counts usage in Redis on the request path (PRODUCT.md §7): HINCRBY of the pending counters
 * (non-zero metrics only), HINCRBY of the month's totals (`c`, `o`, which the API-key guard
 * compares with the plan's limits) and their expiry, in one pipelined round trip. The worker's
 * rollup moves the pending counters into the database exactly once (rollup.ts).
 *
 * Hits are coalesced: at most one pipeline is in flight. A hit that arrives when none is goes out
 * at once (no timer, no delay when idle); hits that arrive while one is in flight are summed in
 * memory (one HINCRBY per field with the sum) and sent together as the next pipeline when the
 * in-flight one completes. So under load there is one round trip per Redis latency instead of one
 * per request, and what a `kill -9` of the process can lose is still only what is in flight or
 * waiting for it. The waiting sums are not capped: if Redis is slow they keep growing, but only by
 * distinct fields (organizations × projects × keys × days, plus one month hash per organization),
 * never by the number of requests — a cap would mean dropping counts, which the meter must not do.
 */
export class UsageMeter {
  private readonly keys: ReturnType<typeof usageKeys>;
  private inFlight = false;
  private waiting: Batch | null = null;

  constructor(
    private readonly redis: Redis,
    prefix: string,
  ) {
    this.keys = usageKeys(prefix);
  }

  /**
   * Resolves once the pipeline carrying this hit succeeded; rejects when it failed, as does every
   * other caller whose hit it carried (the caller logs it; a response never waits on or fails by it).
   */
  async record(hit: UsageHit): Promise<void> {
    const amounts: [UsageMetric, number][] = [
      ['apiCalls', hit.apiCalls],
      ['bandwidthIn', hit.bytesIn],
      ['bandwidthOut', hit.bytesOut],
    ];
    const counted = amounts.filter(([, amount]) => amount > 0);
    if (counted.length === 0) return;
    const day = hit.at.toISOString().slice(0, 10);
    const monthKey = this.keys.month(hit.orgId, hit.at);
    const batch = (this.waiting ??= emptyBatch());
    for (const [metric, amount] of counted) {
      const field = counterField(hit.orgId, day, hit.projectId, hit.apiKeyId, metric);
      batch.counters.set(field, (batch.counters.get(field) ?? 0) + amount);
    }
    const month = batch.months.get(monthKey) ?? { c: 0, o: 0 };
    month.c += hit.apiCalls;
    month.o += hit.bytesOut;
    batch.months.set(monthKey, month);
    const carried = new Promise<void>((resolve, reject) => batch.waiters.push({ resolve, reject }));
    if (!this.inFlight) this.flush();
    return carried;
  }

  /** Sends the waiting sums, if any, as the one pipeline in flight; then the next ones, and so on. */
  private flush(): void {
    const batch = this.waiting;
    if (!batch) return;
    this.waiting = null;
    this.inFlight = true;
    this.send(batch)
      .then(
        () => batch.waiters.forEach((waiter) => waiter.resolve()),
        (error: unknown) => batch.waiters.forEach((waiter) => waiter.reject(error)),
      )
      .finally(() => {
        this.inFlight = false;
        this.flush();
      });
  }

  private async send(batch: Batch): Promise<void> {
    const pipeline = this.redis.pipeline();
    for (const [field, amount] of batch.counters) pipeline.hincrby(this.keys.pending, field, amount);
    for (const [key, { c, o }] of batch.months) {
      if (c > 0) pipeline.hincrby(key, 'c', c);
      if (o > 0) pipeline.hincrby(key, 'o', o);
      pipeline.expire(key, monthTtlSeconds);
    }
    const results = await pipeline.exec();
    const failed = results?.find(([error]) => error);
    if (failed) throw failed[0];
  }
}
