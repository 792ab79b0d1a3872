import { usageMetrics } from './keys.js';

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

export interface ParsedBatch {
  /** Sorted by primary key: concurrent rollups lock rows in one order and cannot deadlock. */
  rows: DailyIncrement[];
  /** Counter fields read (those that were well formed). */
  counters: number;
  /** Fields that were not `<uuid>|<YYYY-MM-DD>|<uuid>|<uuid>|<c|i|o>` with an integer value. */
  malformed: number;
}

const uuid = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const fieldPattern = new RegExp(`^(${uuid})\\|(\\d{4}-\\d{2}-\\d{2})\\|(${uuid})\\|(${uuid})\\|([cio])$`);
const columnOf = {
  [usageMetrics.apiCalls]: 'apiCalls',
  [usageMetrics.bandwidthIn]: 'bandwidthIn',
  [usageMetrics.bandwidthOut]: 'bandwidthOut',
} as const;

/**
 * Sums a batch hash (counter field → count) into `usage_daily` increments. A malformed field (only a
 * bug could write one) is left out rather than failing the batch for good: a batch that can never
 * apply would hold every later count back.
 */
export function parseBatch(hash: Record<string, string>): ParsedBatch {
  const rows = new Map<string, DailyIncrement>();
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
      'c' | 'i' | 'o',
    ];
    const key = `${orgId}|${day}|${projectId}|${apiKeyId}`;
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
    row[columnOf[metric]] += amount;
  }
  const sorted = [...rows.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, row]) => row);
  return { rows: sorted, counters, malformed };
}
