import { Readable } from 'node:stream';
import { DomainError, statsOverviewExport, statsUsersExport } from '@roster/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps.js';
import { authenticate, scopeFor } from '../auth.js';
import { binary, commonProblems, problems } from '../openapi-schemas.js';
import { overviewCsv, usersCsv } from './stats-csv.js';

const orgNotFound = () =>
  new DomainError('ORG_NOT_FOUND', 'This organization does not exist or you are not a member of it.');

const statsQuery = z.object({
  orgId: z.uuid({ error: 'Give the organization: ?orgId=<id>.' }).describe('The organization.'),
});

/** The web app's session only: an API key is refused (403 API_KEY_SCOPE_MISSING: no route scope). */
const sessionOnly: Record<string, string[]>[] = [{ session: [] }];

const who =
  "Owners and admins, signed in (the web app's session); API keys cannot export statistics. The rows are as of the last recompute.";

/** Who is asking, before the query is validated (an anonymous caller gets 401 whatever it sent). */
const authenticated = async (req: FastifyRequest, reply: FastifyReply, deps: Deps) => {
  await authenticate(req, reply, deps);
};

function csvReply(reply: FastifyReply, filename: string, lines: AsyncIterable<string>): FastifyReply {
  return reply
    .header('content-type', 'text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${filename}"`)
    .header('cache-control', 'private, no-store')
    .send(Readable.from(lines));
}

function doc(summary: string, what: string, file: string) {
  return {
    summary,
    description: `${what} as a CSV file (UTF-8 with a byte order mark, a header row; text that a spreadsheet would run as a formula starts with \`'\`), streamed: every row. ${who}`,
    tags: ['Statistics'],
    security: sessionOnly,
    querystring: statsQuery,
    response: {
      200: binary('text/csv', `The CSV, as an attachment \`${file}\`.`, {
        'Content-Disposition': { type: 'string', description: `attachment; filename="${file}"` },
      }),
      ...problems(...commonProblems),
    },
  };
}

/** The Overview and Users tabs as CSV (PRODUCT.md §9: `GET /v1/exports/…`), streamed. */
export function statsExportRoutes(app: FastifyInstance, deps: Deps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const preValidation = (req: FastifyRequest, reply: FastifyReply) => authenticated(req, reply, deps);

  api.get('/exports/overview.csv', {
    preValidation,
    schema: doc(
      'Export the statistics overview as CSV',
      'The projects of the Overview tab',
      'overview-<orgId>.csv',
    ),
    handler: async (req, reply) => {
      const principal = await authenticate(req, reply, deps);
      const scope = await scopeFor(principal, req.query.orgId, deps, orgNotFound);
      // Refused (role) before the first byte: an error answer, never a broken file.
      const rows = statsOverviewExport(scope);
      return csvReply(reply, `overview-${scope.org.id}.csv`, overviewCsv(rows));
    },
  });

  api.get('/exports/users.csv', {
    preValidation,
    schema: doc(
      'Export the statistics of members as CSV',
      'The members of the Users tab',
      'users-<orgId>.csv',
    ),
    handler: async (req, reply) => {
      const principal = await authenticate(req, reply, deps);
      const scope = await scopeFor(principal, req.query.orgId, deps, orgNotFound);
      const rows = statsUsersExport(scope);
      return csvReply(reply, `users-${scope.org.id}.csv`, usersCsv(rows));
    },
  });
}
