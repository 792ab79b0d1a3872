// HTTP fuzzing of every tRPC procedure (PRODUCT §9: "No input ever yields a 500").
//
// The real server listens on a port; every procedure found in `appRouter._def.procedures` (so new
// procedures are covered without touching this file) gets a few hundred malformed or random
// requests over real HTTP, signed out and signed in, plus raw garbage (invalid JSON, wrong
// content types, broken batches, odd cookies and methods). Every answer must be below 500 and, when
// it is an error, tRPC-shaped JSON carrying `error.data.code`. fast-check runs with a fixed seed, so
// a failure reproduces; its counterexample is printed with the server's log of the cause.
// The helpers live in ./fuzz/: requests and the contract (http), generated inputs (arbitraries,
// nasty, cases), the procedures (procedures) and the raw garbage (garbage).
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { User, forkEm } from '@roster/db';
import { createTestDatabase, type TestDatabase } from '@roster/testing/database';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Deps } from '../src/deps.js';
import { createDeps } from '../src/deps.js';
import { buildServer } from '../src/server.js';
import type { Account } from './fuzz/account.js';
import { appOrigin, idsInside, signUpOverHttp } from './fuzz/account.js';
import { caseArbitrary, requestFor } from './fuzz/cases.js';
import { garbageCases } from './fuzz/garbage.js';
import type { Http } from './fuzz/http.js';
import { httpTo, problemWith } from './fuzz/http.js';
import { procedures } from './fuzz/procedures.js';
import { controlCharacterCases, methodCases } from './fuzz/sweeps.js';

const seed = 20_261_123;
/** Generated requests per procedure and per signed-in state. */
const runs = Number(process.env.FUZZ_RUNS ?? 150);
// FUZZ_VERBOSE=1 prints how often each procedure answered each status (how deep the fuzzing got).

// ---------------------------------------------------------------------------------------------
// The server and two signed-up users (one of them is "another organization").

let db: TestDatabase;
let deps: Deps;
let app: Awaited<ReturnType<typeof buildServer>>;
let http: Http;
let me: Account;
let signUp: (label: string) => Promise<Account>;
let other: Account;
/** What the server logged about failed procedures (their causes), to explain a 500. */
const serverLog: string[] = [];
/** The statuses seen per procedure: printed at the end with FUZZ_VERBOSE=1. */
const statuses = new Map<string, Map<number, number>>();

beforeAll(async () => {
  db = await createTestDatabase();
  const prefix = `roster-fuzz-${randomBytes(4).toString('hex')}`;
  deps = await createDeps({
    orm: db.orm,
    database: db.database,
    redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    appOrigin,
    secureCookies: false,
    prefix,
  });
  app = await buildServer(deps, {
    logger: { level: 'error', stream: { write: (line: string) => void serverLog.push(line) } },
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  http = httpTo((app.server.address() as AddressInfo).port, serverLog);
  signUp = (label) =>
    signUpOverHttp(http, label, async (userId) => {
      await forkEm(db.orm).nativeUpdate(User, { id: userId }, { emailVerifiedAt: new Date() });
    });
  me = await signUp('fuzz-me');
  other = await signUp('fuzz-other');
  me.inside = await idsInside(http, me);
  other.inside = await idsInside(http, other);
});

afterAll(async () => {
  const lines = [...statuses].map(
    ([what, seen]) =>
      `  ${what}: ${[...seen]
        .sort(([a], [b]) => a - b)
        .map(([s, n]) => `${s}×${n}`)
        .join(' ')}`,
  );
  if (process.env.FUZZ_VERBOSE) console.info(`fuzz: statuses answered\n${lines.join('\n')}`);
  await app?.close();
  await deps?.close();
  await deps?.redis.quit().catch(() => undefined);
  await db?.close();
});

// ---------------------------------------------------------------------------------------------

describe.each([
  { state: 'signed out', signedIn: false },
  { state: 'signed in', signedIn: true },
])('every procedure, $state', ({ signedIn }) => {
  it.each(procedures.map((p, i) => ({ ...p, index: i })))(
    '$path ($type) never answers 500 and always answers tRPC-shaped errors',
    async (proc) => {
      const caseArb = caseArbitrary(proc.keys, signedIn, { me, other });
      let session = me.cookie;
      await fc.assert(
        fc.asyncProperty(caseArb, async (c) => {
          const { req, batch } = requestFor(proc, c, session);
          const res = await http.expectWellFormed(req, batch);
          const seen =
            statuses.get(`${proc.path} ${signedIn ? 'signed in' : 'signed out'}`) ??
            new Map<number, number>();
          statuses.set(
            `${proc.path} ${signedIn ? 'signed in' : 'signed out'}`,
            seen.set(res.status, (seen.get(res.status) ?? 0) + 1),
          );
          // Signing out (or everywhere) ends our session: keep fuzzing signed in with a fresh one.
          if (signedIn && res.setCookie.some((s) => s.startsWith('roster_session=;'))) {
            const { session: live } = await deps.sessions.validateSession(session.split('=')[1]!);
            if (!live) session = `roster_session=${(await deps.sessions.createSession(me.userId, {})).id}`;
          }
        }),
        { seed: seed + proc.index * 2 + (signedIn ? 1 : 0), numRuns: runs, endOnFailure: false },
      );
    },
    120_000,
  );
});

describe('raw garbage', () => {
  it('survives broken JSON, odd content types, methods, paths and batches', async () => {
    for (const { req, batch } of garbageCases(me.cookie)) await http.expectWellFormed(req, batch);
  }, 120_000);
});

/**
 * A new session cookie for an account: the fuzzing may have signed it out, and signing up again
 * would soon meet the per-IP sign-up limit (every request comes from 127.0.0.1).
 */
async function freshSession(account: Account): Promise<string> {
  return `roster_session=${(await deps.sessions.createSession(account.userId, {})).id}`;
}

describe('sweeps', () => {
  it('a control character in any string field of any procedure answers below 500', async () => {
    const fresh = { ...me, cookie: await freshSession(me) };
    for (const req of controlCharacterCases(fresh)) await http.expectWellFormed(req);
  }, 120_000);

  it('every method on every path answers below 500, in the tRPC shape', async () => {
    for (const req of methodCases(await freshSession(me))) {
      // A HEAD answer has no body to check the shape of; /health answers its own JSON.
      if (req.method === 'HEAD' || req.path === '/health')
        expect((await http.send(req)).status).toBeLessThan(500);
      else await http.expectWellFormed(req);
    }
  }, 120_000);
});

// ---------------------------------------------------------------------------------------------
// Failures that happen before a procedure runs still answer below 500, in tRPC's shape.

describe('edges of the HTTP layer', () => {
  // The fuzzing above may have signed `me` out: start from a fresh session.
  beforeAll(async () => {
    me = { ...me, cookie: await freshSession(me) };
  });

  it('a malformed percent-escape in any cookie answers below 500', async () => {
    for (const proc of procedures.filter((p) => p.type === 'query')) {
      const res = await http.send({
        method: 'GET',
        path: `/trpc/${proc.path}`,
        headers: { cookie: `_ga=%E0; ${me.cookie}` },
      });
      expect(res.status).toBeLessThan(500);
    }
  });

  it('a NUL character in a name answers BAD_REQUEST', async () => {
    const res = await http.send({
      method: 'POST',
      path: '/trpc/org.rename',
      headers: { 'content-type': 'application/json', origin: appOrigin, cookie: me.cookie },
      body: JSON.stringify({ orgId: me.orgId, name: 'a\u0000b' }),
    });
    expect(res.status).toBe(400);
  });

  it('a NUL character in the member page cursor answers BAD_REQUEST', async () => {
    const input = encodeURIComponent(JSON.stringify({ orgId: me.orgId, cursor: 'a\u0000b' }));
    const res = await http.send({
      method: 'GET',
      path: `/trpc/member.list?input=${input}`,
      headers: { cookie: me.cookie },
    });
    expect(res.status).toBe(400);
  });

  it('TRACE on a procedure answers a tRPC-shaped 405', async () => {
    const res = await http.send({ method: 'TRACE', path: '/trpc/org.list', headers: { cookie: me.cookie } });
    expect(res.status).toBe(405);
    expect(problemWith(res, false)).toBeNull();
  });

  const post = (headers: Record<string, string>, body: string) =>
    http.send({
      method: 'POST',
      path: '/trpc/org.create',
      headers: { origin: appOrigin, cookie: me.cookie, ...headers },
      body,
    });
  it('a POST without a JSON content type answers a tRPC-shaped 415', async () => {
    const res = await post({}, '{"name":"x"}');
    expect(res.status).toBe(415);
    expect(problemWith(res, false)).toBeNull();
  });
  it('a body over 1 MiB answers a tRPC-shaped 413', async () => {
    const res = await post(
      { 'content-type': 'application/json' },
      JSON.stringify({ name: 'x'.repeat(1_100_000) }),
    );
    expect(res.status).toBe(413);
    expect(problemWith(res, false)).toBeNull();
  });
  it('a request line over 16 KiB answers a tRPC-shaped 431', async () => {
    const res = await http.send({
      method: 'GET',
      path: `/trpc/org.get?input=${'x'.repeat(17_000)}`,
      headers: {},
    });
    expect(res.status).toBe(431);
    expect(problemWith(res, false)).toBeNull();
  });
});
