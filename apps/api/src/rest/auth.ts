import {
  DomainError,
  apiKeyActor,
  createScope,
  isDomainError,
  loadMembership,
  memberScope,
  type ApiKeyRecord,
  type AuthSession,
  type RequestClient,
  type Scope,
  type SessionUser,
} from '@roster/core';
import type { EntityManager } from '@roster/db';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Deps } from '../deps.js';
import { requestClient } from '../trpc/client.js';
import { createContext } from '../trpc/context.js';
import { authenticateKey } from './guard-key.js';
import { emptyUsage, type RequestUsage } from './request-usage.js';

/** The web app's signed-in person (their session cookie). */
export interface SessionPrincipal {
  type: 'session';
  user: SessionUser;
  session: AuthSession;
  /** The request's EntityManager (one per request). */
  em: EntityManager;
  /** What the request used (`req.usage`): scopeFor names the organization in it. */
  usage: RequestUsage;
  /** The request's IP and user agent, for the audit log. */
  client?: RequestClient;
}

/** An application with an API key of one organization (`Authorization: Bearer rst_…`). */
export interface ApiKeyPrincipal {
  type: 'apiKey';
  key: ApiKeyRecord;
  em: EntityManager;
  usage: RequestUsage;
  client?: RequestClient;
}

/** Who is calling /v1: the routes only see a Principal, and get their scope from scopeFor. */
export type Principal = SessionPrincipal | ApiKeyPrincipal;

/** The id that owns what the principal starts (a tus upload): the person's, or the key's. */
export function principalId(principal: Principal): string {
  return principal.type === 'session' ? principal.user.id : principal.key.id;
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Each request's caller, found once (the /v1 plugin's hook asks first, the handler again). */
const principals = new WeakMap<FastifyRequest, Promise<Principal>>();

/**
 * The caller of a /v1 request, or 401. An `Authorization` header means an API key, whatever
 * cookies come with it (see authenticateKey: checksum, revocation, limits, the route's scope).
 * Otherwise the session cookie, checked exactly as tRPC checks it (the same createContext:
 * refreshed or blanked cookie, "last seen"). A session is ambient authority a browser adds by
 * itself: changes need the app's own Origin (CSRF), else 403. A key is sent on purpose: no Origin.
 * Asked again for the same request, it answers the same (one lookup and one guard per request).
 */
export function authenticate(req: FastifyRequest, reply: FastifyReply, deps: Deps): Promise<Principal> {
  let principal = principals.get(req);
  if (!principal) {
    principal = identify(req, reply, deps);
    principals.set(req, principal);
  }
  return principal;
}

async function identify(req: FastifyRequest, reply: FastifyReply, deps: Deps): Promise<Principal> {
  req.usage ??= emptyUsage();
  const authorization = req.headers.authorization;
  const client = requestClient({ ip: req.ip, userAgent: req.headers['user-agent'] });
  if (authorization !== undefined)
    return { ...(await authenticateKey(req, reply, deps, authorization)), client };
  const ctx = await createContext(deps, {
    ip: req.ip,
    userAgent: req.headers['user-agent'],
    origin: req.headers.origin,
    fetchSite: req.headers['sec-fetch-site'] as string | undefined,
    cookieHeader: req.headers.cookie,
    setCookie: (cookie) => void reply.header('set-cookie', cookie),
  });
  if (!ctx.user || !ctx.session) {
    reply.header('www-authenticate', 'Bearer');
    throw new DomainError('UNAUTHENTICATED', 'Sign in, or send an API key as "Authorization: Bearer rst_…".');
  }
  if (!safeMethods.has(req.method) && req.headers.origin !== deps.appOrigin)
    throw new DomainError(
      'CSRF_ORIGIN_MISMATCH',
      'This request did not come from Roster: with a session cookie, changes need the Origin of the app.',
    );
  return { type: 'session', user: ctx.user, session: ctx.session, em: ctx.em, usage: req.usage, client };
}

/**
 * The scope the principal acts in within `orgId`: a member's, or the key's own organization's.
 * Someone outside the organization — a key of another one — gets `notFound()`, the very error a
 * missing resource gives (nothing tells them it exists). Names the organization in the usage.
 */
export async function scopeFor(
  principal: Principal,
  orgId: string,
  deps: Deps,
  notFound: () => DomainError,
): Promise<Scope> {
  const scope =
    principal.type === 'apiKey'
      ? keyScope(principal, orgId, deps, notFound)
      : await memberScopeIn(principal, orgId, deps, notFound);
  principal.usage.orgId = orgId;
  if (principal.type === 'session') principal.usage.userId = principal.user.id;
  return scope;
}

function keyScope(principal: ApiKeyPrincipal, orgId: string, deps: Deps, notFound: () => DomainError): Scope {
  const { key, em } = principal;
  if (orgId !== key.orgId) throw notFound();
  const { client } = principal;
  return createScope({ em, jobs: deps.jobs, client, org: key.org, actor: apiKeyActor(key) });
}

async function memberScopeIn(
  principal: SessionPrincipal,
  orgId: string,
  deps: Deps,
  notFound: () => DomainError,
): Promise<Scope> {
  const { em, user } = principal;
  try {
    const membership = await loadMembership(em, user.id, orgId);
    return memberScope({ em, jobs: deps.jobs, client: principal.client }, user, membership);
  } catch (error) {
    if (isDomainError(error) && error.reason === 'ORG_NOT_FOUND') throw notFound();
    throw error;
  }
}
