import {
  DomainError,
  isDomainError,
  loadMembership,
  memberScope,
  type AuthSession,
  type Scope,
  type SessionUser,
} from '@roster/core';
import type { EntityManager } from '@roster/db';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Deps } from '../deps.js';
import { createContext } from '../trpc/context.js';

/**
 * Who is calling /v1. Today the web app's session (its cookie); an API key is the next kind
 * (`{ type: 'apiKey', … }`), with its own `scopeFor` branch: the routes only see a Principal.
 */
export interface SessionPrincipal {
  type: 'session';
  user: SessionUser;
  session: AuthSession;
  /** The request's EntityManager (one per request). */
  em: EntityManager;
}
export type Principal = SessionPrincipal;

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The caller of a /v1 request, or UNAUTHENTICATED (401). The session cookie is checked exactly as
 * tRPC checks it (the same createContext: refreshed or blanked cookie, "last seen"). A session is
 * ambient authority a browser adds by itself: changes need the app's own Origin (CSRF), else 403.
 */
export async function authenticate(req: FastifyRequest, reply: FastifyReply, deps: Deps): Promise<Principal> {
  const ctx = await createContext(deps, {
    ip: req.ip,
    userAgent: req.headers['user-agent'],
    origin: req.headers.origin,
    fetchSite: req.headers['sec-fetch-site'] as string | undefined,
    cookieHeader: req.headers.cookie,
    setCookie: (cookie) => void reply.header('set-cookie', cookie),
  });
  if (!ctx.user || !ctx.session) throw new DomainError('UNAUTHENTICATED', 'Sign in to continue.');
  if (!safeMethods.has(req.method) && req.headers.origin !== deps.appOrigin)
    throw new DomainError(
      'CSRF_ORIGIN_MISMATCH',
      'This request did not come from Roster: with a session cookie, changes need the Origin of the app.',
    );
  return { type: 'session', user: ctx.user, session: ctx.session, em: ctx.em };
}

/**
 * The scope the principal acts in within `orgId`: a member's. Someone outside the organization
 * gets `notFound()`, the very error a missing resource gives (nothing tells them it exists).
 */
export async function scopeFor(
  principal: Principal,
  orgId: string,
  deps: Deps,
  notFound: () => DomainError,
): Promise<Scope> {
  const { em, user } = principal;
  try {
    const membership = await loadMembership(em, user.id, orgId);
    return memberScope({ em, jobs: deps.jobs }, user, membership);
  } catch (error) {
    if (isDomainError(error) && error.reason === 'ORG_NOT_FOUND') throw notFound();
    throw error;
  }
}
