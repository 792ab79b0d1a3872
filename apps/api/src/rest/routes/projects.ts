import { DomainError, listContent, listProjects } from '@roster/core';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../../deps.js';
import { authenticate, scopeFor } from '../auth.js';
import { linkNext } from '../pagination.js';
import { itemsQuery, projectParams } from '../params.js';
import { projectScope } from '../resource-org.js';

const projectsQuery = z.object({
  orgId: z.uuid({ error: 'Give the organization: ?orgId=<id>.' }),
});

const orgNotFound = () =>
  new DomainError('ORG_NOT_FOUND', 'This organization does not exist or you are not a member of it.');

export function projectRoutes(app: FastifyInstance, deps: Deps): void {
  /** The projects the caller sees in an organization (a session names it: `?orgId=`). */
  app.get('/projects', async (req, reply) => {
    const principal = await authenticate(req, reply, deps);
    const { orgId } = projectsQuery.parse(req.query);
    const scope = await scopeFor(principal, orgId, deps, orgNotFound);
    return { items: await listProjects(scope, {}), nextCursor: null };
  });

  /** A page of a folder's content (folders first), or of a search across the project. */
  app.get('/projects/:projectId/items', async (req, reply) => {
    const { projectId } = projectParams.parse(req.params);
    const scope = await projectScope(req, reply, deps, projectId);
    const query = itemsQuery.parse(req.query);
    const page = await listContent(scope, { projectId, ...query });
    linkNext(req, reply, page.nextCursor);
    return page;
  });
}
