// The baseline: the least a server can do to answer Roster's `GET /trpc/org.get` and
// `GET /trpc/member.list` as Roster does, with the same driver (`pg`) and pool size, and no
// framework, ORM or validation library. org.get, per request: read the session cookie, SHA-256 it,
// select the session joined with its user (and check the expiry), select the membership joined
// with its organization, count the organization's seats, answer the same JSON as tRPC.
// member.list: see baseline-member-list.ts; content.list (one plain query): baseline-content-list.ts;
// `GET /v1/assets/:id` with an API key: baseline-asset-get.ts.
import { createServer, type ServerResponse } from 'node:http';
import { orgLimits } from '@roster/core/browser';
import pg from 'pg';
import { assetGet } from './baseline-asset-get.js';
import { fail, inputOf, send, sessionIdOf, signedInMember, uuid } from './baseline-common.js';
import { contentList } from './baseline-content-list.js';
import { memberList } from './baseline-member-list.js';
import { baselineSettings } from './env.js';

const { databaseUrl, port, poolMax } = baselineSettings();
const pool = new pg.Pool({ connectionString: databaseUrl, max: poolMax });

async function orgGet(url: URL, cookieHeader: string | undefined, res: ServerResponse): Promise<void> {
  const path = 'org.get';
  const input = inputOf(url);
  if (input === undefined) return fail(res, path, 400, 'BAD_REQUEST', 'Input is not JSON.');
  const orgId = input?.orgId;
  const sessionId = sessionIdOf(cookieHeader);
  if (!sessionId) return fail(res, path, 401, 'UNAUTHORIZED', 'Sign in to continue.');
  if (typeof orgId !== 'string' || !uuid.test(orgId))
    return fail(res, path, 400, 'BAD_REQUEST', 'Not a valid organization id.');

  const member = await signedInMember(pool, sessionId, orgId, res, path);
  if (!member) return;
  const { userId, membership: m } = member;
  const [count, owner] = await Promise.all([
    // Seats: members plus pending, unexpired invitations.
    pool.query<{ count: string }>(
      `select (select count(*) from memberships where organization_id = $1)
            + (select count(*) from invitations where organization_id = $1 and state = 'pending'
                 and (expires_at is null or expires_at > now())) as count`,
      [m.id],
    ),
    m.role === 'owner'
      ? Promise.resolve({ rows: [{ user_id: userId }] })
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
        seats: { used: Number(count.rows[0]?.count), limit: orgLimits(m.plan, m.limits).seats },
      },
    },
  });
}

let stopping = false;

const routes = new Map<string, typeof orgGet>([
  ['/trpc/org.get', orgGet],
  ['/trpc/member.list', (url, cookie, res) => memberList(pool, url, cookie, res)],
  ['/trpc/content.list', (url, _cookie, res) => contentList(pool, url, res)],
]);

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://baseline');
  const route = req.method === 'GET' ? routes.get(url.pathname) : undefined;
  if (req.method === 'GET' && url.pathname.startsWith('/v1/assets/')) {
    assetGet(pool, url, req.headers.authorization, res).catch((error: unknown) => {
      if (!stopping) console.error(error);
      send(res, 500, { status: 500, reason: 'INTERNAL', detail: 'Something went wrong on our side.' });
    });
  } else if (route) {
    route(url, req.headers.cookie, res).catch((error: unknown) => {
      if (!stopping) console.error(error);
      const path = url.pathname.slice('/trpc/'.length);
      fail(res, path, 500, 'INTERNAL_SERVER_ERROR', 'Something went wrong on our side. Try again.');
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
