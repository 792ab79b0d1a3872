import { randomUUID } from 'node:crypto';
import { UsageMeter, usageKeys } from '@roster/core';
import { Organization, forkEm } from '@roster/db';
import type { MikroORM } from '@mikro-orm/core';
import type { Redis } from 'ioredis';

export interface Totals {
  apiCalls: number;
  bandwidthIn: number;
  bandwidthOut: number;
}

const zero = (): Totals => ({ apiCalls: 0, bandwidthIn: 0, bandwidthOut: 0 });

/** The statistics' activity of an organization (activity_daily), all days, people and projects. */
export interface ActivityTotals {
  uploads: number;
  downloads: number;
  bytesUploaded: number;
  bytesDownloaded: number;
}

const noActivity = (): ActivityTotals => ({ uploads: 0, downloads: 0, bytesUploaded: 0, bytesDownloaded: 0 });

/** Two days in two months: the counts go to two month hashes as well. */
export const trafficDays = [new Date('2026-04-30T23:59:00.000Z'), new Date('2026-05-01T00:01:00.000Z')];

/**
 * Usage as the API counts it (UsageMeter, one pipeline per hit), from several lanes at once, over
 * a few organizations and many projects and keys (batches with many rows: rollups take long enough
 * to be killed in). Every hit whose record resolved is in `expected`.
 */
export class Traffic {
  readonly expected = new Map<string, Totals>();
  /** Expected activity (uploads, downloads and their bytes, by person) by org: the same batches carry it. */
  readonly activity = new Map<string, ActivityTotals>();
  /** Expected month totals (`c`, `o`) by org and month. */
  readonly months = new Map<string, { c: number; o: number }>();
  hits = 0;
  private running = false;
  private lanes: Promise<void>[] = [];
  private readonly meter: UsageMeter;
  private readonly projects = Array.from({ length: 40 }, () => randomUUID());
  private readonly keys = Array.from({ length: 15 }, () => randomUUID());
  private readonly people = Array.from({ length: 10 }, () => randomUUID());

  private constructor(
    readonly orgIds: string[],
    redis: Redis,
    prefix: string,
  ) {
    this.meter = new UsageMeter(redis, prefix);
    for (const orgId of orgIds) {
      this.expected.set(orgId, zero());
      this.activity.set(orgId, noActivity());
    }
  }

  /** Creates the organizations (usage of an organization that does not exist is dropped). */
  static async create(orm: MikroORM, redis: Redis, prefix: string, orgs = 3): Promise<Traffic> {
    const em = forkEm(orm);
    const created = Array.from({ length: orgs }, (_, i) =>
      em.create(Organization, { name: `Metered ${i}`, plan: 'team' }),
    );
    await em.flush();
    return new Traffic(
      created.map((o) => o.id),
      redis,
      prefix,
    );
  }

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(Math.random() * items.length)]!;
  }

  /** One hit, counted in `expected` once Redis has it. */
  async hit(): Promise<void> {
    const orgId = this.pick(this.orgIds);
    const apiKeyId = Math.random() < 0.2 ? null : this.pick(this.keys);
    const at = this.pick(trafficDays);
    const bytesIn = Math.random() < 0.3 ? Math.floor(Math.random() * 100_000) : 0;
    const bytesOut = Math.floor(Math.random() * 1_000_000);
    const projectId = Math.random() < 0.1 ? null : this.pick(this.projects);
    // An upload when bytes came in, a download when bytes went out (no project: no activity).
    const activity = {
      userId: apiKeyId ? null : this.pick(this.people),
      uploads: bytesIn > 0 ? 1 : 0,
      downloads: bytesOut > 0 ? 1 : 0,
      bytesUploaded: bytesIn,
      bytesDownloaded: bytesOut,
    };
    const hit = {
      orgId,
      projectId,
      apiKeyId,
      apiCalls: apiKeyId ? 1 : 0,
      bytesIn,
      bytesOut,
      at,
      activity,
    };
    await this.meter.record(hit);
    if (projectId) {
      const counted = this.activity.get(orgId)!;
      counted.uploads += activity.uploads;
      counted.downloads += activity.downloads;
      counted.bytesUploaded += activity.bytesUploaded;
      counted.bytesDownloaded += activity.bytesDownloaded;
    }
    const totals = this.expected.get(orgId)!;
    totals.apiCalls += hit.apiCalls;
    totals.bandwidthIn += hit.bytesIn;
    totals.bandwidthOut += hit.bytesOut;
    const month = `${orgId}|${at.toISOString().slice(0, 7)}`;
    const m = this.months.get(month) ?? { c: 0, o: 0 };
    m.c += hit.apiCalls;
    m.o += hit.bytesOut;
    this.months.set(month, m);
    this.hits++;
  }

  /** Keeps `width` lanes of hits going until stop(), each pausing a millisecond between hits (the workers need the CPU). */
  start(width = 2): void {
    this.running = true;
    this.lanes = Array.from({ length: width }, async () => {
      while (this.running) {
        await this.hit();
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
    });
  }

  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.lanes);
  }
}

/** The database's totals of an organization, all days. */
export async function databaseTotals(orm: MikroORM, orgId: string): Promise<Totals> {
  const [row] = await forkEm(orm).execute<{ c: unknown; i: unknown; o: unknown }[]>(
    'select sum(api_calls) as c, sum(bandwidth_in) as i, sum(bandwidth_out) as o from usage_daily where organization_id = ?',
    [orgId],
  );
  return {
    apiCalls: Number(row?.c ?? 0),
    bandwidthIn: Number(row?.i ?? 0),
    bandwidthOut: Number(row?.o ?? 0),
  };
}

/** Nothing pending and no open batch: every count the traffic made is in the database. */
export async function drained(redis: Redis, prefix: string): Promise<boolean> {
  const keys = usageKeys(prefix);
  const [pending, open] = await Promise.all([redis.exists(keys.pending), redis.scard(keys.batches)]);
  return pending === 0 && open === 0;
}

/** The month hashes as Redis has them, keyed like `Traffic.months`. */
export async function monthTotals(redis: Redis, prefix: string, traffic: Traffic) {
  const keys = usageKeys(prefix);
  const found = new Map<string, { c: number; o: number }>();
  for (const orgId of traffic.orgIds) {
    for (const at of trafficDays) {
      const hash = await redis.hgetall(keys.month(orgId, at));
      found.set(`${orgId}|${at.toISOString().slice(0, 7)}`, {
        c: Number(hash.c ?? 0),
        o: Number(hash.o ?? 0),
      });
    }
  }
  return found;
}

/** The organization's activity in activity_daily, all days. */
export async function activityTotals(orm: MikroORM, orgId: string): Promise<ActivityTotals> {
  const [row] = await forkEm(orm).execute<{ u: unknown; d: unknown; bu: unknown; bd: unknown }[]>(
    `select sum(uploads) as u, sum(downloads) as d, sum(bytes_uploaded) as bu, sum(bytes_downloaded) as bd
       from activity_daily where organization_id = ?`,
    [orgId],
  );
  return {
    uploads: Number(row?.u ?? 0),
    downloads: Number(row?.d ?? 0),
    bytesUploaded: Number(row?.bu ?? 0),
    bytesDownloaded: Number(row?.bd ?? 0),
  };
}
