import { z } from 'zod';
import { plainText } from '../common/schemas.js';
import { orgIdSchema } from '../vocabulary/ids.js';
import { sortDirections, statsProjectSorts, statsUserSorts } from '../vocabulary/stats-sorts.js';

export const statsPageMaxLimit = 100;

const page = {
  orgId: orgIdSchema,
  search: plainText({ max: 200, error: 'Search for at most 200 characters.' }).optional(),
  /** The sort's direction (not `direction`: tRPC's infinite queries set that input field themselves). */
  order: z.enum(sortDirections, { error: 'Sort asc or desc.' }).optional(),
  cursor: plainText({ max: 300, error: 'Not a valid cursor.' }).optional(),
  limit: z.number().int().min(1).max(statsPageMaxLimit).optional(),
};

/** `stats.overview` and `/v1/exports/overview.csv`: the projects of the Overview tab. */
export const statsOverviewInput = z.object({
  ...page,
  sort: z.enum(statsProjectSorts, { error: 'Not a column of the overview.' }).optional(),
});
export type StatsOverviewInput = z.infer<typeof statsOverviewInput>;

/** `stats.users` and `/v1/exports/users.csv`: the members of the Users tab. */
export const statsUsersInput = z.object({
  ...page,
  sort: z.enum(statsUserSorts, { error: 'Not a column of the users.' }).optional(),
});
export type StatsUsersInput = z.infer<typeof statsUsersInput>;

const count = z.number().int().nonnegative();

export const statsProjectDtoSchema = z.object({
  projectId: z.string(),
  name: z.string(),
  archived: z.boolean(),
  members: count,
  folders: count,
  assets: count,
  storageBytes: count,
  uploads30d: count,
  downloads30d: count,
  lastActivityAt: z.string().nullable(),
});
export type StatsProjectDto = z.infer<typeof statsProjectDtoSchema>;

export const statsTotalsDtoSchema = z.object({
  members: count,
  projects: count,
  folders: count,
  assets: count,
  storageBytes: count,
  uploads30d: count,
  downloads30d: count,
  lastActivityAt: z.string().nullable(),
});
export type StatsTotalsDto = z.infer<typeof statsTotalsDtoSchema>;

/** `computedAt` null: never computed yet (a recompute has been asked for). */
export const statsOverviewDtoSchema = z.object({
  computedAt: z.string().nullable(),
  totals: statsTotalsDtoSchema,
  items: z.array(statsProjectDtoSchema),
  nextCursor: z.string().nullable(),
  total: count,
});
export type StatsOverviewDto = z.infer<typeof statsOverviewDtoSchema>;

export const statsUserDtoSchema = z.object({
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  role: z.string(),
  projects: count,
  uploads: count,
  downloads: count,
  bytesUploaded: count,
  lastActiveAt: z.string().nullable(),
});
export type StatsUserDto = z.infer<typeof statsUserDtoSchema>;

export const statsUsersDtoSchema = z.object({
  computedAt: z.string().nullable(),
  items: z.array(statsUserDtoSchema),
  nextCursor: z.string().nullable(),
  total: count,
});
export type StatsUsersDto = z.infer<typeof statsUsersDtoSchema>;
