import { z } from 'zod';
import { orgIdSchema } from '../vocabulary/ids.js';

/** Longest period a series or export covers, in days (inclusive of both ends). */
export const usageMaxDays = 366;

export const usageGroupBys = ['day', 'project', 'apiKey'] as const;
export type UsageGroupBy = (typeof usageGroupBys)[number];

/** A UTC day, `YYYY-MM-DD`, that exists in the calendar. */
export const usageDaySchema = z
  .string({ error: 'Enter a day as YYYY-MM-DD.' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Enter a day as YYYY-MM-DD.' })
  // Runs even when the regex failed: a day that does not parse must answer false, never throw.
  .refine(
    (day) => {
      const time = Date.parse(`${day}T00:00:00.000Z`);
      return !Number.isNaN(time) && new Date(time).toISOString().startsWith(day);
    },
    {
      error: 'Enter a day that exists.',
    },
  );

export const usageGroupBySchema = z.enum(usageGroupBys, { error: 'Group by day, project or apiKey.' });

/**
 * `usage.summary`: the period defaults to this UTC month. (`from` ≤ `to` and the period's length
 * are checked by core, so that these objects stay extendable for the REST query strings.)
 */
export const usageSummaryInput = z.object({
  orgId: orgIdSchema,
  from: usageDaySchema.optional(),
  to: usageDaySchema.optional(),
});

/** `usage.series` and the CSV export: both days inclusive, at most `usageMaxDays` apart. */
export const usageSeriesInput = z.object({
  orgId: orgIdSchema,
  from: usageDaySchema,
  to: usageDaySchema,
  groupBy: usageGroupBySchema,
});

const count = z.number().int().min(0);
/** A limit of the organization; null = unlimited. */
const limit = count.nullable();

export const usageSummaryDtoSchema = z.object({
  from: z.string(),
  to: z.string(),
  /** When the last rollup applied counts (ISO), null before the first: usage is that fresh. */
  updatedAt: z.string().nullable(),
  apiCalls: z.object({ used: count, limit }),
  bandwidthIn: z.object({ used: count }),
  bandwidthOut: z.object({ used: count, limit }),
  /** `used` now, the highest in the period, and the limit. */
  storage: z.object({ used: count, peak: count, limit }),
});

/**
 * One row of a series: a day (groupBy day), or a project / an API key over the period. A null id
 * is usage without one: no project (listing projects, usage routes) or the signed-in web app (no
 * key). Names are null for a project or key that no longer exists.
 */
export const usageRowSchema = z.object({
  day: z.string().nullable(),
  projectId: z.string().nullable(),
  projectName: z.string().nullable(),
  apiKeyId: z.string().nullable(),
  apiKeyName: z.string().nullable(),
  apiKeyPrefix: z.string().nullable(),
  apiCalls: count,
  bandwidthIn: count,
  bandwidthOut: count,
  /** groupBy day: the day's highest stored bytes (null before anything was stored); else null. */
  storagePeak: count.nullable(),
});

export const usageSeriesDtoSchema = z.object({
  from: z.string(),
  to: z.string(),
  groupBy: usageGroupBySchema,
  rows: z.array(usageRowSchema),
});

export type UsageSummaryInput = z.infer<typeof usageSummaryInput>;
export type UsageSeriesInput = z.infer<typeof usageSeriesInput>;
export type UsageSummaryDto = z.infer<typeof usageSummaryDtoSchema>;
export type UsageRow = z.infer<typeof usageRowSchema>;
export type UsageSeriesDto = z.infer<typeof usageSeriesDtoSchema>;
