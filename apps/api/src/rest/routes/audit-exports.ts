import { Readable } from 'node:stream';
import { DomainError, auditExportRecords, auditListInput } from '@roster/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps.js';
import { authenticate, scopeFor } from '../auth.js';
import { binary, commonProblems, problems } from '../openapi-schemas.js';
import { auditCsv } from './audit-csv.js';

const orgNotFound = () =>
  new DomainError('ORG_NOT_FOUND', 'This organization does not exist or you are not a member of it.');

const filters = auditListInput.shape;

/** `GET /v1/exports/audit.csv`: the organization and the filters of `audit.list`. */
const auditQuery = z.object({
  orgId: z.uuid({ error: 'Give the organization: ?orgId=<id>.' }).describe('The organization.'),
  actorId: filters.actorId.describe("Only this actor's records: a user's or an API key's id."),
  action: filters.action.describe(
    'An action (`member.role_changed`) or a family ending in a dot (`member.`).',
  ),
  from: filters.from.describe('First day (UTC, YYYY-MM-DD), included.'),
  to: filters.to.describe('Last day (UTC, YYYY-MM-DD), included.'),
});

/** The audit log as CSV (PRODUCT.md §9: `GET /v1/exports/…`), streamed. */
export function auditExportRoutes(app: FastifyInstance, deps: Deps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get('/exports/audit.csv', {
    // No key scope grants the audit log: a key is refused (403) before its input is read, and
    // someone not signed in gets 401 whatever the query holds.
    preValidation: async (req, reply) => {
      await authenticate(req, reply, deps);
    },
    schema: {
      summary: 'Export the audit log as CSV',
      description:
        "The organization's audit records matching the filters, newest first, as a CSV file (UTF-8, a header row: time, actor type, actor id, actor name, action, target type, target id, target name, before and after as JSON, ip, user agent; text that a spreadsheet would run as a formula starts with `'`), streamed. Owners and admins, with the session cookie only (API keys are refused: 403).",
      tags: ['Audit'],
      security: [{ session: [] }],
      querystring: auditQuery,
      response: {
        200: binary('text/csv', 'The CSV, as an attachment `audit-<orgId>.csv`.', {
          'Content-Disposition': { type: 'string', description: 'attachment; filename="audit-<orgId>.csv"' },
        }),
        ...problems(...commonProblems),
      },
    },
    handler: async (req, reply) => {
      const principal = await authenticate(req, reply, deps);
      const { orgId, ...filter } = req.query;
      const scope = await scopeFor(principal, orgId, deps, orgNotFound);
      // Refusals (permission, period) come before the first byte: an error answer, never a broken file.
      const records = auditExportRecords(scope, filter);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="audit-${orgId}.csv"`)
        .header('cache-control', 'private, no-store')
        .send(Readable.from(auditCsv(records)));
    },
  });
}
