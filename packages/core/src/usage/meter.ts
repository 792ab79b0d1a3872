import type { Redis } from 'ioredis';
import { activityField, counterField, usageKeys, type ActivityMetric, type UsageMetric } from './keys.js';

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
  /** Uploads and downloads for the statistics, by person (counted only with a project). */
  activity?: ActivityHit;
}

/** What a request did for the statistics (PRODUCT.md §8), rolled up into `activity_daily`. */
export interface ActivityHit {
  /** The signed-in person; null for an API key. */
  userId: string | null;
  uploads: number;
  downloads: number;
  bytesUploaded: number;
  bytesDownloaded: number;
}

const activityOf = (hit: UsageHit): [ActivityMetric, number][] =>
  hit.activity && hit.projectId
    ? (
        [
          ['uploads', hit.activity.uploads],
          ['downloads', hit.activity.downloads],
          ['bytesUploaded', hit.activity.bytesUploaded],
          ['bytesDownloaded', hit.activity.bytesDownloaded],
        ] as [ActivityMetric, number][]
      ).filter(([, amount]) => amount > 0)
    : [];

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
 * (non-zero metrics only, and the statistics' activity fields of the hit's person and project), HINCRBY of the month's totals (`c`, `o`, which the API-key guard
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
    const activity = activityOf(hit);
    if (counted.length === 0 && activity.length === 0) return;
    const day = hit.at.toISOString().slice(0, 10);
    const batch = (this.waiting ??= emptyBatch());
    const add = (field: string, amount: number) =>
      batch.counters.set(field, (batch.counters.get(field) ?? 0) + amount);
    for (const [metric, amount] of counted)
      add(counterField(hit.orgId, day, hit.projectId, hit.apiKeyId, metric), amount);
    // Same hash, same pipeline, same batch: the statistics are rolled up exactly once with the usage.
    for (const [metric, amount] of activity)
      add(activityField(hit.orgId, day, hit.projectId!, hit.activity!.userId, metric), amount);
    if (counted.length > 0) {
      const monthKey = this.keys.month(hit.orgId, hit.at);
      const month = batch.months.get(monthKey) ?? { c: 0, o: 0 };
      month.c += hit.apiCalls;
      month.o += hit.bytesOut;
      batch.months.set(monthKey, month);
    }
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
