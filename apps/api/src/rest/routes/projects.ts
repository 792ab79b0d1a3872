import { contentPageDtoSchema, DomainError, listContent, listProjects } from '@roster/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Deps } from '../../deps.js';
import { authenticate, scopeFor } from '../auth.js';
import { anyCredential, commonProblems, json, problems, projectPageSchema } from '../openapi-schemas.js';
import { linkNext } from '../pagination.js';
import { itemsQuery, orgIdOf, orgQuery, projectParams } from '../params.js';
import { projectScope } from '../resource-org.js';

const orgNotFound = () =>
  new DomainError('ORG_NOT_FOUND', 'This organization does not exist or you are not a member of it.');

const linkHeader = {
  Link: {
    type: 'string',
    description: 'The next page: `</v1/…&cursor=…>; rel="next"` (absent on the last).',
  },
} as const;

export function projectRoutes(app: FastifyInstance, deps: Deps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get('/projects', {
    config: { scope: 'content:read' },
    schema: {
      summary: 'List projects',
      description:
        'The projects the caller sees in the organization, with their role in each. A key sees the projects it is limited to (all, by default); a session names the organization with `?orgId=`.',
      tags: ['Projects'],
      security: anyCredential,
      querystring: orgQuery,
      response: { 200: json(projectPageSchema, 'The projects (one page).'), ...problems(...commonProblems) },
    },
    handler: async (req, reply) => {
      const principal = await authenticate(req, reply, deps);
      const scope = await scopeFor(principal, orgIdOf(principal, req.query.orgId), deps, orgNotFound);
      return { items: await listProjects(scope, {}), nextCursor: null };
    },
  });

  api.get('/projects/:projectId/items', {
    config: { scope: 'content:read' },
    schema: {
      summary: 'List a folder',
      description:
        "A page of a folder's content, folders first (`folderId` absent or `root`: the project's root), or of a search across the project (`search`).",
      tags: ['Content'],
      security: anyCredential,
      params: projectParams,
      querystring: itemsQuery,
      response: {
        200: json(
          contentPageDtoSchema,
          'A page of items; `nextCursor` (and `Link`) lead to the next.',
          linkHeader,
        ),
        ...problems(...commonProblems),
      },
    },
    handler: async (req, reply) => {
      const { projectId } = req.params;
      const scope = await projectScope(req, reply, deps, projectId);
      const page = await listContent(scope, { projectId, ...req.query });
      linkNext(req, reply, page.nextCursor);
      return page;
    },
  });
}
