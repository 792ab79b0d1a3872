import { activityMetrics, usageMetrics } from './keys.js';

/** One `usage_daily` row's increments, as a batch adds them. */
export interface DailyIncrement {
  orgId: string;
  day: string;
  projectId: string;
  apiKeyId: string;
  apiCalls: number;
  bandwidthIn: number;
  bandwidthOut: number;
}

/** One `activity_daily` row's increments (statistics, PRODUCT.md §8). */
export interface ActivityIncrement {
  orgId: string;
  day: string;
  projectId: string;
  /** The person, or `noId` for an API key. */
  userId: string;
  uploads: number;
  downloads: number;
  bytesUploaded: number;
  bytesDownloaded: number;
}

export interface ParsedBatch {
  /** Sorted by primary key: concurrent rollups lock rows in one order and cannot deadlock. */
  rows: DailyIncrement[];
  /** The batch's activity rows, sorted by primary key too. */
  activity: ActivityIncrement[];
  /** Counter fields read (those that were well formed). */
  counters: number;
  /** Fields that were not `<uuid>|<YYYY-MM-DD>|<uuid>|<uuid>|<c|i|o|au|ad|ai|ao>` with an integer value. */
  malformed: number;
}

const uuid = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const fieldPattern = new RegExp(
  `^(${uuid})\\|(\\d{4}-\\d{2}-\\d{2})\\|(${uuid})\\|(${uuid})\\|([cio]|a[udio])$`,
);
const columnOf = {
  [usageMetrics.apiCalls]: 'apiCalls',
  [usageMetrics.bandwidthIn]: 'bandwidthIn',
  [usageMetrics.bandwidthOut]: 'bandwidthOut',
} as const;
const activityColumnOf = {
  [activityMetrics.uploads]: 'uploads',
  [activityMetrics.downloads]: 'downloads',
  [activityMetrics.bytesUploaded]: 'bytesUploaded',
  [activityMetrics.bytesDownloaded]: 'bytesDownloaded',
} as const;

type Code = 'c' | 'i' | 'o' | 'au' | 'ad' | 'ai' | 'ao';

const byKey = <T>(rows: Map<string, T>): T[] =>
  [...rows.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, row]) => row);

/**
 * Sums a batch hash (counter field → count) into `usage_daily` and `activity_daily` increments. A malformed field (only a
 * bug could write one) is left out rather than failing the batch for good: a batch that can never
 * apply would hold every later count back.
 */
export function parseBatch(hash: Record<string, string>): ParsedBatch {
  const rows = new Map<string, DailyIncrement>();
  const activity = new Map<string, ActivityIncrement>();
  let counters = 0;
  let malformed = 0;
  for (const [field, value] of Object.entries(hash)) {
    // Ids as PostgreSQL writes them (lower case): one spelling per row on SQLite too.
    const match = fieldPattern.exec(field.toLowerCase());
    const amount = Number(value);
    if (!match || !Number.isSafeInteger(amount)) {
      malformed++;
      continue;
    }
    counters++;
    const [, orgId, day, projectId, apiKeyId, metric] = match as unknown as [
      string,
      string,
      string,
      string,
      string,
      Code,
    ];
    const key = `${orgId}|${day}|${projectId}|${apiKeyId}`;
    if (metric.length === 2) {
      let act = activity.get(key);
      if (!act) {
        act = {
          orgId,
          day,
          projectId,
          userId: apiKeyId,
          uploads: 0,
          downloads: 0,
          bytesUploaded: 0,
          bytesDownloaded: 0,
        };
        activity.set(key, act);
      }
      act[activityColumnOf[metric as keyof typeof activityColumnOf]] += amount;
      continue;
    }
    let row = rows.get(key);
    if (!row) {
      row = {
        orgId,
        day,
        projectId,
        apiKeyId,
        apiCalls: 0,
        bandwidthIn: 0,
        bandwidthOut: 0,
      };
      rows.set(key, row);
    }
    row[columnOf[metric as keyof typeof columnOf]] += amount;
  }
  return { rows: byKey(rows), activity: byKey(activity), counters, malformed };
}
