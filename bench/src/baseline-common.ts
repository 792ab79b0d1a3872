// What every baseline route does as Roster's org-scoped procedures do: answer tRPC's JSON, read the
// session cookie, validate the session (SHA-256 of the id, one query with its user, the expiry and
// Lucia's sliding refresh) and load the membership with its organization (one query).
import { createHash } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { LimitOverrides, Plan } from '@roster/core/browser';
import type pg from 'pg';

const cookieName = 'roster_session';
const dayMs = 24 * 60 * 60 * 1000;
export const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function send(res: ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(json) });
  res.end(json);
}

export function fail(res: ServerResponse, path: string, status: number, code: string, message: string): void {
  send(res, status, { error: { message, code: -32000, data: { code, httpStatus: status, path } } });
}

/** The query's `input` parameter, parsed; undefined when it is not JSON. */
export function inputOf(url: URL): Record<string, unknown> | null | undefined {
  try {
    return JSON.parse(url.searchParams.get('input') ?? 'null') as Record<string, unknown> | null;
  } catch {
    return undefined;
  }
}

export function sessionIdOf(cookieHeader: string | undefined): string | null {
  for (const item of (cookieHeader ?? '').split('; ')) {
    if (item.startsWith(`${cookieName}=`)) return item.slice(cookieName.length + 1) || null;
  }
  return null;
}

interface SessionRow {
  expires_at: Date;
  absolute_expires_at: Date;
  user_id: string;
}

/** The signed-in user's id, or null when the session is missing or expired. */
export async function authenticate(pool: pg.Pool, sessionId: string): Promise<string | null> {
  const hash = createHash('sha256').update(sessionId).digest('hex');
  const session = await pool.query<SessionRow>(
    `select s.expires_at, s.absolute_expires_at, u.id as user_id, u.email, u.name, u.last_org_id
       from sessions s join users u on u.id = s.user_id where s.id = $1`,
    [hash],
  );
  const row = session.rows[0];
  const expiresAt = row ? Math.min(row.expires_at.getTime(), row.absolute_expires_at.getTime()) : 0;
  if (!row || expiresAt <= Date.now()) return null;
  if (expiresAt - 15 * dayMs <= Date.now()) {
    // Sliding refresh, as Lucia does past half of the 30-day idle expiry.
    await pool.query(
      'update sessions set expires_at = least($2::timestamptz, absolute_expires_at) where id = $1',
      [hash, new Date(Date.now() + 30 * dayMs)],
    );
  }
  return row.user_id;
}

export interface MembershipRow {
  role: 'owner' | 'admin' | 'member';
  id: string;
  name: string;
  plan: Plan;
  invitation_expiry: string;
  /** The operator's limit overrides (json; the pg driver parses it), as Roster reads them. */
  limits: LimitOverrides | null;
}

/** The user's membership in the organization, with the organization; null when not a member. */
export async function findMembership(
  pool: pg.Pool,
  orgId: string,
  userId: string,
): Promise<MembershipRow | null> {
  const membership = await pool.query<MembershipRow>(
    `select m.role, o.id, o.name, o.plan, o.invitation_expiry, o.limits
       from memberships m join organizations o on o.id = m.organization_id
      where m.organization_id = $1 and m.user_id = $2`,
    [orgId, userId],
  );
  return membership.rows[0] ?? null;
}

/**
 * What every org-scoped route does first: the session's user and their membership of `orgId`.
 * Answers 401 or 404 itself (and returns null) when there is none.
 */
export async function signedInMember(
  pool: pg.Pool,
  sessionId: string,
  orgId: string,
  res: ServerResponse,
  path: string,
): Promise<{ userId: string; membership: MembershipRow } | null> {
  const userId = await authenticate(pool, sessionId);
  if (!userId) {
    fail(res, path, 401, 'UNAUTHORIZED', 'Sign in to continue.');
    return null;
  }
  const membership = await findMembership(pool, orgId, userId);
  if (!membership) {
    fail(res, path, 404, 'NOT_FOUND', 'This organization does not exist or you are not a member of it.');
    return null;
  }
  return { userId, membership };
}
