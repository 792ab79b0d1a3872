import { itemNotFound, projectNotFound, type DomainError, type Scope } from '@roster/core';
import { Item, Project } from '@roster/db';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Deps } from '../deps.js';
import { authenticate, scopeFor, type Principal } from './auth.js';

// A /v1 path names a project, folder or asset, not its organization: the organization is the
// resource's own, and the caller must belong to it (else the resource's own NOT_FOUND).

async function orgOfProject(principal: Principal, projectId: string): Promise<string | null> {
  const project = await principal.em.findOne(Project, { id: projectId }, { fields: ['organization'] });
  return project?.organization.id ?? null;
}

async function ownersOfItem(principal: Principal, itemId: string, kind: 'folder' | 'asset') {
  const item = await principal.em.findOne(
    Item,
    { id: itemId, kind },
    { fields: ['organization', 'project'] },
  );
  return item ? { orgId: item.organization.id, projectId: item.project.id } : null;
}

async function scopeOf(
  principal: Principal,
  orgId: string | null,
  deps: Deps,
  notFound: () => DomainError,
): Promise<Scope> {
  if (!orgId) throw notFound();
  return scopeFor(principal, orgId, deps, notFound);
}

/** The caller's scope in the organization of project `projectId` (a valid uuid). */
export async function projectScope(
  req: FastifyRequest,
  reply: FastifyReply,
  deps: Deps,
  projectId: string,
): Promise<Scope> {
  const principal = await authenticate(req, reply, deps);
  return scopeOf(principal, await orgOfProject(principal, projectId), deps, projectNotFound);
}

/**
 * The caller's scope in the organization of the folder or asset `itemId` (a valid uuid), and the
 * project it is in (core still checks that the caller sees that project).
 */
export async function itemScope(
  req: FastifyRequest,
  reply: FastifyReply,
  deps: Deps,
  itemId: string,
  kind: 'folder' | 'asset',
): Promise<{ scope: Scope; projectId: string }> {
  const principal = await authenticate(req, reply, deps);
  const owners = await ownersOfItem(principal, itemId, kind);
  const notFound = () => itemNotFound(kind);
  return {
    scope: await scopeOf(principal, owners?.orgId ?? null, deps, notFound),
    projectId: owners!.projectId,
  };
}
