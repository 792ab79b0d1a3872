// The baseline: the least a server can do to answer `GET /trpc/org.get?input={"orgId":…}` as Roster
// does, with the same driver (`pg`) and pool size, and no framework, ORM or validation library.
// Per request: read the session cookie, SHA-256 it, select the session joined with its user (and
// check the expiry), select the membership joined with its organization, count the organization's
// members, answer the same JSON as tRPC.
import { createHash } from 'node:crypto';
import { createServer, type ServerResponse } from 'node:http';
import { planSeats, type Plan } from '@roster/core/browser';
import pg from 'pg';
import { baselineSettings } from './env.js';

const { databaseUrl, port, poolMax } = baselineSettings();
const pool = new pg.Pool({ connectionString: databaseUrl, max: poolMax });

const cookieName = 'roster_session';
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const dayMs = 24 * 60 * 60 * 1000;

function send(res: ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(json) });
  res.end(json);
}

function fail(res: ServerResponse, status: number, code: string, message: string): void {
  send(res, status, {
    error: { message, code: -32000, data: { code, httpStatus: status, path: 'org.get' } },
  });
}

function sessionIdOf(cookieHeader: string | undefined): string | null {
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
interface MembershipRow {
  role: 'owner' | 'admin' | 'member';
  id: string;
  name: string;
  plan: Plan;
  invitation_expiry: string;
}

async function orgGet(url: URL, cookieHeader: string | undefined, res: ServerResponse): Promise<void> {
  let orgId: unknown;
  try {
    orgId = (JSON.parse(url.searchParams.get('input') ?? 'null') as { orgId?: unknown } | null)?.orgId;
  } catch {
    return fail(res, 400, 'BAD_REQUEST', 'Input is not JSON.');
  }
  const sessionId = sessionIdOf(cookieHeader);
  if (!sessionId) return fail(res, 401, 'UNAUTHORIZED', 'Sign in to continue.');
  if (typeof orgId !== 'string' || !uuid.test(orgId))
    return fail(res, 400, 'BAD_REQUEST', 'Not a valid organization id.');

  const hash = createHash('sha256').update(sessionId).digest('hex');
  const session = await pool.query<SessionRow>(
    `select s.expires_at, s.absolute_expires_at, u.id as user_id, u.email, u.name, u.last_org_id
       from sessions s join users u on u.id = s.user_id where s.id = $1`,
    [hash],
  );
  const row = session.rows[0];
  const expiresAt = row ? Math.min(row.expires_at.getTime(), row.absolute_expires_at.getTime()) : 0;
  if (!row || expiresAt <= Date.now()) return fail(res, 401, 'UNAUTHORIZED', 'Sign in to continue.');
  if (expiresAt - 15 * dayMs <= Date.now()) {
    // Sliding refresh, as Lucia does past half of the 30-day idle expiry.
    await pool.query(
      'update sessions set expires_at = least($2::timestamptz, absolute_expires_at) where id = $1',
      [hash, new Date(Date.now() + 30 * dayMs)],
    );
  }

  const membership = await pool.query<MembershipRow>(
    `select m.role, o.id, o.name, o.plan, o.invitation_expiry
       from memberships m join organizations o on o.id = m.organization_id
      where m.organization_id = $1 and m.user_id = $2`,
    [orgId, row.user_id],
  );
  const m = membership.rows[0];
  if (!m)
    return fail(res, 404, 'NOT_FOUND', 'This organization does not exist or you are not a member of it.');
  const [count, owner] = await Promise.all([
    pool.query<{ count: string }>('select count(*) as count from memberships where organization_id = $1', [
      m.id,
    ]),
    m.role === 'owner'
      ? Promise.resolve({ rows: [{ user_id: row.user_id }] })
      : pool.query<{ user_id: string }>(
          `select user_id from memberships where organization_id = $1 and role = 'owner'`,
          [m.id],
        ),
  ]);
  send(res, 200, {
    result: {
      data: {
        id: m.id,
        name: m.name,
        role: m.role,
        plan: m.plan,
        ownerId: owner.rows[0]?.user_id,
        settings: { invitationExpiry: m.invitation_expiry },
        seats: { used: Number(count.rows[0]?.count), limit: planSeats[m.plan] },
      },
    },
  });
}

let stopping = false;

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://baseline');
  if (req.method === 'GET' && url.pathname === '/trpc/org.get') {
    orgGet(url, req.headers.cookie, res).catch((error: unknown) => {
      if (!stopping) console.error(error);
      fail(res, 500, 'INTERNAL_SERVER_ERROR', 'Something went wrong on our side. Try again.');
    });
  } else if (url.pathname === '/health') {
    pool.query('select 1').then(
      () => send(res, 200, { ok: true }),
      () => send(res, 503, { ok: false }),
    );
  } else {
    send(res, 404, { error: 'Not found' });
  }
});

server.listen(port, '127.0.0.1');

// Stops once, however many signals arrive (Ctrl-C reaches the whole process group, then the
// benchmark sends SIGTERM): finish what is in flight for up to 2 s, then close the pool.
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    server.close(() => void pool.end().finally(() => process.exit(0)));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 2000).unref();
  });
}
