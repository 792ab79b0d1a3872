import {
  assetDtoSchema,
  contentPageDtoSchema,
  folderDtoSchema,
  folderSummaryDtoSchema,
  projectDtoSchema,
} from '@roster/core';
import { z } from 'zod';

// The pieces every /v1 route's schema is made of: the named components of the OpenAPI document,
// the problem+json answer, the security requirement and the error responses each route documents.

/**
 * Names a schema in the document (`#/components/schemas/<id>`) instead of repeating it inline.
 * zod's global registry, where `.describe()` keeps descriptions: the document keeps them too.
 */
export function nameSchema(schema: z.ZodType, id: string): void {
  z.globalRegistry.add(schema, { ...z.globalRegistry.get(schema), id });
}

/** An error answer (RFC 9457) with Roster's reason code. */
export const problemSchema = z
  .object({
    type: z.string().describe('`urn:roster:problem:<reason in kebab case>`.'),
    title: z.string().describe('The HTTP status in words.'),
    status: z.number().int(),
    detail: z.string().describe('What went wrong, in a sentence a person understands.'),
    reason: z
      .string()
      .describe('Machine-readable reason, e.g. `INVALID_INPUT`, `PROJECT_NOT_FOUND`, `RATE_LIMITED`.'),
    errors: z
      .array(
        z.object({
          path: z.string().describe('The field: a path parameter, query parameter or body field (dotted).'),
          message: z.string(),
        }),
      )
      .optional()
      .describe('One message per invalid field (`INVALID_INPUT`).'),
    retryAfterSeconds: z.number().int().optional().describe('When to try again (also in `Retry-After`).'),
  })
  .describe('A problem (RFC 9457).');
export type ProblemBody = z.infer<typeof problemSchema>;

/** `{items, nextCursor}` of projects (one page: an organization has few). */
export const projectPageSchema = z.object({
  items: z.array(projectDtoSchema),
  nextCursor: z.string().nullable(),
});

nameSchema(problemSchema, 'Problem');
nameSchema(projectDtoSchema, 'Project');
nameSchema(projectPageSchema, 'ProjectPage');
nameSchema(folderDtoSchema, 'Folder');
nameSchema(assetDtoSchema, 'Asset');
nameSchema(contentPageDtoSchema, 'ContentPage');
nameSchema(folderSummaryDtoSchema, 'DeletedFolder');

/** Either credential: an API key (`Authorization: Bearer rst_…`) or the web app's session cookie. */
export const anyCredential: Record<string, string[]>[] = [{ apiKey: [] }, { session: [] }];

/** A header of a response, for the document (a JSON Schema with its description). */
export interface HeaderDoc {
  type: 'string' | 'integer';
  description: string;
}

const rateLimitHeaders: Record<string, HeaderDoc> = {
  'RateLimit-Limit': { type: 'integer', description: "Requests a key may make per minute (its plan's)." },
  'RateLimit-Remaining': { type: 'integer', description: 'Requests left in the current minute.' },
  'RateLimit-Reset': { type: 'integer', description: 'Seconds until the current minute ends.' },
};

/** A JSON answer with this schema. */
export function json<T extends z.ZodType>(
  schema: T,
  description: string,
  headers: Record<string, HeaderDoc> = {},
) {
  return {
    description,
    content: { 'application/json': { schema } },
    headers: { ...rateLimitHeaders, ...headers },
  };
}

/** An answer without a body. */
export function empty(description: string, headers: Record<string, HeaderDoc> = {}) {
  return { description, content: {}, headers: { ...rateLimitHeaders, ...headers } };
}

/** A binary answer (a file, a zip). */
export function binary(contentType: string, description: string, headers: Record<string, HeaderDoc> = {}) {
  return {
    description,
    content: { [contentType]: { schema: z.string().meta({ format: 'binary' }) } },
    headers: { ...rateLimitHeaders, ...headers },
  };
}

const problemDescriptions = {
  400: 'Invalid input (`INVALID_INPUT`, with `errors` per field) or a rule of the request (e.g. `FOLDER_MOVE_INTO_ITSELF`, `UPLOAD_SIZE_MISMATCH`).',
  401: 'No valid credentials: `UNAUTHENTICATED` (no session or key), `API_KEY_INVALID`, `API_KEY_REVOKED`, `API_KEY_EXPIRED`.',
  403: "Not allowed: `PERMISSION_DENIED` (the role), `API_KEY_SCOPE_MISSING` (the key's scopes), `CSRF_ORIGIN_MISMATCH` (a session's change without the app's Origin).",
  404: "Absent, or outside the caller's organization or projects (exactly like a missing id).",
  409: 'A name taken among the siblings (`NAME_TAKEN`).',
  411: '`Content-Length` is required (`LENGTH_REQUIRED`).',
  412: 'A rule refuses it: an archived project (`PROJECT_ARCHIVED`), a folder too deep (`FOLDER_TOO_DEEP`).',
  413: "Over the plan's largest file (`FILE_TOO_LARGE`) or the storage left (`STORAGE_QUOTA_EXCEEDED`).",
  416: 'The Range cannot be served (`RANGE_NOT_SATISFIABLE`).',
  429: "Too many requests for the key this minute (`RATE_LIMITED`), or the organization's month of API calls or bandwidth is used up (`USAGE_LIMIT_REACHED`). See `Retry-After`.",
  503: 'Busy with other changes (`BUSY`): try again after `Retry-After`.',
} as const;
export type ProblemStatus = keyof typeof problemDescriptions;

const retryAfter: Record<string, HeaderDoc> = {
  'Retry-After': { type: 'integer', description: 'Seconds to wait before trying again.' },
};

interface ProblemResponse {
  description: string;
  content: { 'application/problem+json': { schema: typeof problemSchema } };
  headers?: Record<string, HeaderDoc>;
}

/** The problem+json answers of these statuses. */
export function problems(...statuses: ProblemStatus[]) {
  const responses: Partial<Record<ProblemStatus, ProblemResponse>> = {};
  for (const status of statuses)
    responses[status] = {
      description: problemDescriptions[status],
      content: { 'application/problem+json': { schema: problemSchema } },
      ...(status === 429 || status === 503 ? { headers: retryAfter } : {}),
    };
  return responses;
}

/** What any authenticated route may answer besides its own results. */
export const commonProblems = [400, 401, 403, 404, 429, 503] as const satisfies ProblemStatus[];
