import { itemNotFound, projectNotFound, type DomainError, type Scope } from '@roster/core';
import { Item, Project } from '@roster/db';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Deps } from '../deps.js';
import { authenticate, scopeFor, type Principal } from './auth.js';

// A /v1 path names a project, folder or asset, not its organization: the organization is the
// resource's own, and the caller must belong to it — a key must be of it — (else the resource's own
// NOT_FOUND). Once it does, the request's usage is filed under that project.

async function ownersOfProject(principal: Principal, projectId: string) {
  const project = await principal.em.findOne(Project, { id: projectId }, { fields: ['organization'] });
  return project ? { orgId: project.organization.id, projectId } : null;
}

async function ownersOfItem(principal: Principal, itemId: string, kind: 'folder' | 'asset') {
  const item = await principal.em.findOne(
    Item,
    { id: itemId, kind },
    { fields: ['organization', 'project'] },
  );
  return item ? { orgId: item.organization.id, projectId: item.project.id } : null;
}

/**
 * The scope in the resource's organization. A key limited to some projects is refused anything of
 * another project here already (core would refuse it too: the key has no role there).
 */
async function scopeOf(
  principal: Principal,
  owners: { orgId: string; projectId: string } | null,
  deps: Deps,
  notFound: () => DomainError,
): Promise<Scope> {
  if (!owners) throw notFound();
  const projectIds = principal.type === 'apiKey' ? principal.key.projectIds : null;
  if (projectIds && !projectIds.includes(owners.projectId)) throw notFound();
  const scope = await scopeFor(principal, owners.orgId, deps, notFound);
  principal.usage.projectId = owners.projectId;
  return scope;
}

/** The caller's scope in the organization of project `projectId` (a valid uuid). */
export async function projectScope(
  req: FastifyRequest,
  reply: FastifyReply,
  deps: Deps,
  projectId: string,
): Promise<Scope> {
  const principal = await authenticate(req, reply, deps);
  return scopeOf(principal, await ownersOfProject(principal, projectId), deps, projectNotFound);
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
  const scope = await scopeOf(principal, owners, deps, notFound);
  return { scope, projectId: owners!.projectId };
}

/**
 * A read of one folder or asset that core checks whole (organization, project, role: getAsset).
 * A key needs no lookup first: its organization is the key's own, and core answers the item's
 * NOT_FOUND for another organization's item or a project the key does not reach, exactly as
 * itemScope would. The item's project is filed in the usage once core has read it. A session
 * still goes through itemScope (the item names the organization whose membership is checked).
 */
export async function readInItemScope<T extends { projectId: string }>(
  req: FastifyRequest,
  reply: FastifyReply,
  deps: Deps,
  item: { id: string; kind: 'folder' | 'asset' },
  read: (scope: Scope) => Promise<T>,
): Promise<T> {
  const principal = await authenticate(req, reply, deps);
  if (principal.type !== 'apiKey') return read((await itemScope(req, reply, deps, item.id, item.kind)).scope);
  const scope = await scopeFor(principal, principal.key.orgId, deps, () => itemNotFound(item.kind));
  const result = await read(scope);
  principal.usage.projectId = result.projectId;
  return result;
}
