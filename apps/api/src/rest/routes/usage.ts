import { Readable } from 'node:stream';
import {
  DomainError,
  usageCsvRows,
  usageSeries,
  usageSeriesDtoSchema,
  type Scope,
  type UsageSeriesInput,
} from '@roster/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { Deps } from '../../deps.js';
import { authenticate, scopeFor } from '../auth.js';
import { anyCredential, binary, commonProblems, json, nameSchema, problems } from '../openapi-schemas.js';
import { orgIdOf, usageQuery } from '../params.js';
import { usageCsv } from './usage-csv.js';

nameSchema(usageSeriesDtoSchema, 'UsageSeries');

const orgNotFound = () =>
  new DomainError('ORG_NOT_FOUND', 'This organization does not exist or you are not a member of it.');

/** The first and last day (YYYY-MM-DD) of the UTC month of `now`. */
function monthOf(now: Date): { from: string; to: string } {
  const day = (month: number, date: number) =>
    new Date(Date.UTC(now.getUTCFullYear(), month, date)).toISOString().slice(0, 10);
  return { from: day(now.getUTCMonth(), 1), to: day(now.getUTCMonth() + 1, 0) };
}

/** The caller's scope in the organization, and the series asked for (this UTC month by day by default). */
async function usageRequest(
  req: FastifyRequest,
  query: z.output<typeof usageQuery>,
  reply: FastifyReply,
  deps: Deps,
): Promise<{ scope: Scope; input: UsageSeriesInput }> {
  const principal = await authenticate(req, reply, deps);
  const orgId = orgIdOf(principal, query.orgId);
  const scope = await scopeFor(principal, orgId, deps, orgNotFound);
  const month = monthOf(scope.now);
  const { from = month.from, to = month.to, groupBy = 'day' } = query;
  return { scope, input: { orgId, from, to, groupBy } };
}

const who =
  "Owners and admins (session), or a key with `usage:read` (its own organization). Counts are as of the worker's last rollup (about a minute behind).";

export function usageRoutes(app: FastifyInstance, deps: Deps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get('/usage', {
    config: { scope: 'usage:read' },
    schema: {
      summary: "The organization's usage",
      description: `API calls, bandwidth in and out, and the stored bytes' peak per day, or the period's totals per project or per API key. ${who}`,
      tags: ['Usage'],
      security: anyCredential,
      querystring: usageQuery,
      response: {
        200: json(usageSeriesDtoSchema, 'The rows of the period.'),
        ...problems(...commonProblems),
      },
    },
    handler: async (req, reply) => {
      const { scope, input } = await usageRequest(req, req.query, reply, deps);
      return usageSeries(scope, input);
    },
  });

  api.get('/exports/usage.csv', {
    config: { scope: 'usage:read' },
    schema: {
      summary: 'Export usage as CSV',
      description: `The rows of \`GET /v1/usage\` as a CSV file (UTF-8, a header row; text that a spreadsheet would run as a formula starts with \`'\`), streamed. ${who}`,
      tags: ['Usage'],
      security: anyCredential,
      querystring: usageQuery,
      response: {
        200: binary('text/csv', 'The CSV, as an attachment `usage-<orgId>-<from>-<to>.csv`.', {
          'Content-Disposition': {
            type: 'string',
            description: 'attachment; filename="usage-<orgId>-<from>-<to>.csv"',
          },
        }),
        ...problems(...commonProblems),
      },
    },
    handler: async (req, reply) => {
      const { scope, input } = await usageRequest(req, req.query, reply, deps);
      // Refusals (permission, period) come before the first byte: an error answer, never a broken file.
      const rows = await usageCsvRows(scope, input);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header(
          'content-disposition',
          `attachment; filename="usage-${input.orgId}-${input.from}-${input.to}.csv"`,
        )
        .header('cache-control', 'private, no-store')
        .send(Readable.from(usageCsv(input.groupBy, rows)));
    },
  });
}
