import {
  assetIdSchema,
  conflictPolicies,
  createFolderInput,
  folderIdSchema,
  listContentInput,
  maxContentPageSize,
  projectIdSchema,
  updateAssetInput,
  updateFolderInput,
  usageDaySchema,
  usageGroupBySchema,
} from '@roster/core';
import { z } from 'zod';
import type { Principal } from './auth.js';
import { ProblemError, problem } from './problem.js';

// The edge's schemas for /v1: core's input schemas, with the id from the path left out, query
// strings turned into values, and unknown body fields refused (a typo is not silently ignored).

export const projectParams = z.object({ projectId: projectIdSchema.describe("The project's id.") });

const orgIdMessage = 'Give the organization: ?orgId=<id>.';

/** `?orgId=`: a session names the organization; an API key implies its own (then optional). */
export const orgQuery = z.object({
  orgId: z
    .uuid({ error: orgIdMessage })
    .optional()
    .describe("The organization (a session's; a key's own by default)."),
});

/** `GET /v1/usage` and the CSV export: the period (this UTC month by default) and the grouping. */
export const usageQuery = orgQuery.extend({
  from: usageDaySchema
    .optional()
    .describe('First day (UTC, YYYY-MM-DD); the first of this month by default.'),
  to: usageDaySchema
    .optional()
    .describe('Last day, included; the last of this month by default. At most 366 days.'),
  groupBy: usageGroupBySchema.optional().describe('Rows per `day` (default), per `project` or per `apiKey`.'),
});

/** The organization a request acts in: its key's, else the `?orgId=` a session must give. */
export function orgIdOf(principal: Principal, orgId: string | undefined): string {
  const implied = 'key' in principal ? (principal.key as { orgId: string }).orgId : undefined;
  const chosen = orgId ?? implied;
  if (!chosen)
    throw new ProblemError(
      problem(400, 'Some fields need attention.', 'INVALID_INPUT', {
        errors: [{ path: 'orgId', message: orgIdMessage }],
      }),
    );
  return chosen;
}
export const folderParams = z.object({ folderId: folderIdSchema.describe("The folder's id.") });
export const assetParams = z.object({ assetId: assetIdSchema.describe("The file's id.") });

/** A folder in a query string: its id; `root` or empty for the project's root. */
const folderQuery = z.union([z.enum(['root', '']).transform(() => null), folderIdSchema]);

/** A folder id from a query string or a body: a uuid, or `root`, empty or null for the root. */
export const folderRef = (what = 'folder') =>
  z.union([
    z.enum(['root', '']).transform(() => null),
    z.null(),
    z.uuid({ error: `Not a valid ${what} id.` }),
  ]);

const pageSizeError = `Give a number of items from 1 to ${maxContentPageSize}.`;

const listing = listContentInput.shape;

export const itemsQuery = z.object({
  folderId: folderQuery
    .optional()
    .describe("The folder to list; absent or `root`: the project's root. Ignored when searching."),
  search: listing.search.describe('Names containing this (any case), anywhere in the project.'),
  sort: listing.sort.describe('`name` (default), `size` or `date`; folders always come first.'),
  order: listing.order.describe('`asc` (default) or `desc`.'),
  cursor: listing.cursor.describe("The previous page's `nextCursor`."),
  limit: z.coerce
    .number({ error: pageSizeError })
    .int({ error: pageSizeError })
    .min(1, { error: pageSizeError })
    .max(maxContentPageSize, { error: pageSizeError })
    .optional()
    .describe(`Items per page, 1 to ${maxContentPageSize}.`),
});

/** The query of a raw upload: the file's name, where it goes, what to do when the name is taken. */
export const rawUploadQuery = z.object({
  name: z.string({ error: 'Name the file: ?name=…' }).describe("The file's name."),
  folderId: folderRef().optional().describe("The folder it goes in; absent or `root`: the project's root."),
  onConflict: z
    .enum(conflictPolicies, { error: 'onConflict is rename, replace or fail.' })
    .optional()
    .describe('When the name is taken there: `rename` (default), `replace` or `fail` (409).'),
});

export const createFolderBody = z.strictObject(createFolderInput.omit({ projectId: true }).shape);

export const updateFolderBody = z
  .strictObject(updateFolderInput.omit({ folderId: true }).shape)
  .refine((body) => body.name !== undefined || body.parentId !== undefined, {
    error: 'Give a new name, a new parentId or both.',
  });

export const updateAssetBody = z
  .strictObject(updateAssetInput.omit({ assetId: true }).shape)
  .refine((b) => b.name !== undefined || b.folderId !== undefined || b.projectId !== undefined, {
    error: 'Give a new name, folderId or projectId.',
  });
