// HTTP fuzzing of every tRPC procedure (PRODUCT §9: "No input ever yields a 500").
//
// The real server listens on a port; every procedure found in `appRouter._def.procedures` (so new
// procedures are covered without touching this file) gets a few hundred malformed or random
// requests over real HTTP, signed out and signed in, plus raw garbage (invalid JSON, wrong
// content types, broken batches, odd cookies and methods). Every answer must be below 500 and, when
// it is an error, tRPC-shaped JSON carrying `error.data.code`. fast-check runs with a fixed seed, so
// a failure reproduces; its counterexample is printed with the server's log of the cause.
import { randomBytes } from 'node:crypto';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTestDatabase, type TestDatabase } from '@roster/db';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDeps, type Deps } from '../src/deps.js';
import { appRouter } from '../src/root.js';
import { buildServer } from '../src/server.js';

const seed = 20_261_123;
/** Generated requests per procedure and per signed-in state. */
const runs = Number(process.env.FUZZ_RUNS ?? 150);
// FUZZ_VERBOSE=1 prints how often each procedure answered each status (how deep the fuzzing got).
const appOrigin = 'http://roster.test';
const password = 'violet-otter-17-lantern';

// ---------------------------------------------------------------------------------------------
// The procedures, found from the router itself.

interface ProcedureDef {
  _def: { type: 'query' | 'mutation' | 'subscription'; inputs: unknown[] };
}
const procedures = Object.entries(
  (appRouter._def as unknown as { procedures: Record<string, ProcedureDef> }).procedures,
)
  .filter(([, p]) => p._def.type !== 'subscription')
  .map(([path, p]) => ({ path, type: p._def.type as 'query' | 'mutation', keys: inputKeys(p._def.inputs) }))
  .sort((a, b) => a.path.localeCompare(b.path));

/** The field names of a procedure's input objects (zod objects expose `shape`). */
function inputKeys(inputs: unknown[]): string[] {
  const keys = new Set<string>();
  for (const input of inputs) {
    const shape = (input as { shape?: Record<string, unknown> } | null)?.shape;
    if (shape && typeof shape === 'object') for (const key of Object.keys(shape)) keys.add(key);
  }
  return [...keys];
}

/** Fields of procedures that exist or are planned (PRODUCT §9), mixed into every input now and then. */
const plannedKeys = [
  'orgId',
  'userId',
  'invitationId',
  'projectId',
  'token',
  'inviteToken',
  'role',
  'emails',
  'ids',
  'name',
];

// ---------------------------------------------------------------------------------------------
// The server and two signed-up users (one of them is "another organization").

interface Account {
  cookie: string;
  userId: string;
  orgId: string;
  email: string;
}

let db: TestDatabase;
let deps: Deps;
let app: Awaited<ReturnType<typeof buildServer>>;
let port: number;
let me: Account;
let other: Account;
/** What the server logged about failed procedures (their causes), to explain a 500. */
const serverLog: string[] = [];
/** The statuses seen per procedure: printed at the end with FUZZ_VERBOSE=1. */
const statuses = new Map<string, Map<number, number>>();

beforeAll(async () => {
  db = await createTestDatabase();
  deps = await createDeps({
    orm: db.orm,
    database: db.database,
    redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    appOrigin,
    secureCookies: false,
    prefix: `roster-fuzz-${randomBytes(4).toString('hex')}`,
  });
  app = await buildServer(deps, {
    logger: { level: 'error', stream: { write: (line: string) => void serverLog.push(line) } },
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  port = (app.server.address() as AddressInfo).port;
  me = await signUpOverHttp('fuzz-me');
  other = await signUpOverHttp('fuzz-other');
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

async function signUpOverHttp(label: string): Promise<Account> {
  const email = `${label}-${randomBytes(3).toString('hex')}@example.com`;
  const res = await send({
    method: 'POST',
    path: '/trpc/auth.signUp',
    headers: { 'content-type': 'application/json', origin: appOrigin },
    body: JSON.stringify({ email, password, name: label, companyName: `${label} Inc` }),
  });
  expect(res.status, res.text).toBe(200);
  const data = (JSON.parse(res.text) as { result: { data: { user: { id: string }; orgId: string } } }).result
    .data;
  const cookie = res.setCookie.find((c) => c.startsWith('roster_session='))!.split(';')[0]!;
  return { cookie, userId: data.user.id, orgId: data.orgId, email };
}

// ---------------------------------------------------------------------------------------------
// HTTP, with full control over the request line, headers and body.

interface Req {
  method: string;
  /** Already percent-encoded as it goes on the request line. */
  path: string;
  headers: Record<string, string>;
  body?: string | Buffer;
}
interface Res {
  status: number;
  text: string;
  setCookie: string[];
}

function send(req: Req): Promise<Res> {
  const headers =
    req.body === undefined
      ? req.headers
      : { ...req.headers, 'content-length': String(Buffer.byteLength(req.body)) };
  return new Promise((resolve, reject) => {
    const r = request(
      // A connection per request: one that the server closes (e.g. after 431) cannot spoil the next.
      { host: '127.0.0.1', port, agent: false, method: req.method, path: req.path, headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            text: Buffer.concat(chunks).toString('utf8'),
            setCookie: res.headers['set-cookie'] ?? [],
          }),
        );
        res.on('error', reject);
      },
    );
    r.on('error', reject);
    r.end(req.body);
  });
}

/** Percent-encodes everything outside what a request line may carry unescaped. */
const encodeQuery = (value: string) => encodeURIComponent(value);

/** Why an answer breaks the contract, or null when it keeps it. */
function problemWith(res: Res, batch: boolean): string | null {
  if (res.status >= 500) return `status ${res.status}`;
  let body: unknown;
  try {
    body = JSON.parse(res.text);
  } catch {
    return `status ${res.status} with a body that is not JSON`;
  }
  const items: unknown[] = Array.isArray(body) ? body : [body];
  if (Array.isArray(body) && !batch) return 'an array answered a request that was not a batch';
  for (const item of items) {
    const entry = item as {
      result?: unknown;
      error?: { message?: unknown; data?: { code?: unknown; httpStatus?: unknown } };
    } | null;
    if (entry && typeof entry === 'object' && 'result' in entry && res.status < 400) continue;
    if (typeof entry?.error?.data?.code !== 'string')
      return `status ${res.status}: an error that is not tRPC-shaped (no error.data.code)`;
    if (typeof entry.error.message !== 'string') return 'a tRPC error without a message';
    if (typeof entry.error.data.httpStatus === 'number' && entry.error.data.httpStatus >= 500)
      return `a batch item answered ${entry.error.data.httpStatus}`;
  }
  return null;
}

/** Sends, then throws with the request, the answer and the server's log when the contract breaks. */
async function expectWellFormed(req: Req, batch = false): Promise<Res> {
  const logged = serverLog.length;
  const res = await send(req);
  const problem = problemWith(res, batch);
  if (problem) {
    const body = req.body === undefined ? '' : String(req.body);
    throw new Error(
      [
        problem,
        `request: ${req.method} ${req.path.slice(0, 500)}`,
        `headers: ${JSON.stringify(req.headers).slice(0, 500)}`,
        `body: ${JSON.stringify(body.slice(0, 500))}${body.length > 500 ? ` (${body.length} chars)` : ''}`,
        `answer: ${res.text.slice(0, 500)}`,
        `server log: ${serverLog.slice(logged).join('').slice(0, 2000) || '(nothing)'}`,
      ].join('\n'),
    );
  }
  return res;
}

// ---------------------------------------------------------------------------------------------
// Generated values.

const nasty = fc.constantFrom(
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\ud800',
  '\udfff\ud800',
  '\u202e\u200b\ufeff',
  '🦦'.repeat(60),
  'é'.repeat(101),
  "'; drop table users; --",
  '" or 1=1 --',
  '%00',
  '%',
  '${7*7}',
  '__proto__',
  'constructor',
  '<script>alert(1)</script>',
  'null',
  'NaN',
  '-1',
  '1e309',
  'x'.repeat(100),
  'x'.repeat(101),
  'x'.repeat(257),
  'x'.repeat(321),
  'x'.repeat(20_000),
);

function arbitraries(fixtures: { me: Account; other: Account }) {
  // Mostly the signed-in user's own organization, so that signed-in requests get past the
  // membership check; then another organization's ids, which must answer NOT_FOUND.
  const knownIds = fc.oneof(
    { weight: 4, arbitrary: fc.constant(fixtures.me.orgId) },
    { weight: 2, arbitrary: fc.constantFrom(fixtures.other.orgId, fixtures.other.userId) },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        fixtures.me.userId,
        fixtures.other.orgId.toUpperCase(),
        ` ${fixtures.me.orgId} `,
        `${fixtures.other.orgId}0`,
        '00000000-0000-0000-0000-000000000000',
        'ffffffff-ffff-ffff-ffff-ffffffffffff',
      ),
    },
  );
  const uuid = fc.oneof({ weight: 3, arbitrary: knownIds }, fc.uuid());
  const text = fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary', maxLength: 120 }),
    fc.string({ unit: 'grapheme', maxLength: 120 }),
    fc.string().map((s) => `${s}\u0000${s}`),
    nasty,
  );
  const email: fc.Arbitrary<string> = fc.oneof(
    { weight: 3, arbitrary: fc.stringMatching(/^[a-z0-9.+-]{1,16}$/).map((local) => `${local}@example.com`) },
    fc.emailAddress(),
    fc.emailAddress().map((e) => `  ${e.toUpperCase()} `),
    fc.constantFrom(
      fixtures.me.email,
      fixtures.other.email.toUpperCase(),
      'a@b',
      '@',
      `${'x'.repeat(320)}@example.com`,
    ),
    text,
  );
  const passwordValue = fc.oneof(
    fc.constantFrom(password, 'password123', 'short'),
    fc.string({ minLength: 8, maxLength: 300 }),
    text,
  );
  const enumLike = fc.constantFrom(
    '1h',
    '24h',
    '7d',
    '30d',
    'never',
    'owner',
    'admin',
    'member',
    'manager',
    'viewer',
    'free',
    'team',
    'enterprise',
    'organization',
  );
  const scalar = fc.oneof(
    fc.integer(),
    fc.double(), // NaN and ±Infinity become null in JSON
    fc.boolean(),
    fc.constant(null),
    fc.constantFrom(0, -0, -1, 1e308, 2 ** 53 + 1, Number.MAX_SAFE_INTEGER),
  );
  const deep = fc
    .tuple(fc.integer({ min: 10, max: 3000 }), fc.boolean())
    .map(
      ([depth, array]) =>
        JSON.parse(
          array ? '['.repeat(depth) + ']'.repeat(depth) : '{"a":'.repeat(depth) + '1' + '}'.repeat(depth),
        ) as unknown,
    );
  const anyValue: fc.Arbitrary<unknown> = fc.oneof(
    { weight: 3, arbitrary: text },
    { weight: 2, arbitrary: uuid },
    { weight: 2, arbitrary: scalar },
    { weight: 1, arbitrary: enumLike },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
    { weight: 1, arbitrary: fc.array(fc.oneof(text, uuid, scalar), { maxLength: 5 }) },
    { weight: 1, arbitrary: deep },
  );

  /** A plausible value for a field, by its name, and now and then anything at all. */
  function fieldValue(key: string): fc.Arbitrary<unknown> {
    const typical: fc.Arbitrary<unknown> = /ids$/i.test(key)
      ? fc.array(uuid, { maxLength: 5 })
      : /id$/i.test(key)
        ? uuid
        : /emails/i.test(key)
          ? fc.oneof(
              fc.array(email, { maxLength: 120 }),
              email,
              fc.array(email, { maxLength: 5 }).map((e) => e.join(', ')),
            )
          : /email/i.test(key)
            ? email
            : /password/i.test(key)
              ? passwordValue
              : /role|expiry|plan|visibility/i.test(key)
                ? fc.oneof(enumLike, text)
                : /token/i.test(key)
                  ? fc.oneof(
                      fc.string({
                        unit: fc.constantFrom(...'0123456789abcdef'),
                        minLength: 64,
                        maxLength: 64,
                      }),
                      text,
                    )
                  : text;
    return fc.oneof({ weight: 4, arbitrary: typical }, { weight: 1, arbitrary: anyValue });
  }

  function inputFor(keys: string[]): fc.Arbitrary<unknown> {
    const known = Object.fromEntries([...new Set([...keys, ...plannedKeys])].map((k) => [k, fieldValue(k)]));
    const own = Object.fromEntries(keys.map((k) => [k, fieldValue(k)]));
    const extra = fc.dictionary(
      fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'orgId ', 'ORGID')),
      anyValue,
      { maxKeys: 3 },
    );
    return fc.oneof(
      // Mostly objects with the procedure's own fields, each present or not.
      { weight: 6, arbitrary: fc.record(own, { requiredKeys: [] }) },
      {
        weight: 2,
        arbitrary: fc.tuple(fc.record(known, { requiredKeys: [] }), extra).map(([a, b]) => ({ ...b, ...a })),
      },
      { weight: 1, arbitrary: fc.constant(undefined) },
      { weight: 1, arbitrary: anyValue },
    );
  }

  /** Text that is not quite JSON. */
  const rawText = fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary' }),
    fc.constantFrom(
      '{',
      '[',
      '{"orgId":',
      '{"orgId":"',
      'undefined',
      "{'a':1}",
      '\ufeff{}',
      '{"0":',
      '{"0":{"json":',
      '1'.repeat(400),
      '[1,]',
      '{"a":1,}',
      'nul',
      '"',
    ),
    fc
      .jsonValue()
      .map((v) => JSON.stringify(v) ?? '')
      .map((s) => s.slice(0, Math.max(0, s.length - 1))),
  );

  const cookie = (signedIn: boolean) => {
    const junk = fc.oneof(
      fc.string({ unit: 'grapheme-ascii' }).map((v) => `roster_session=${v}`),
      fc.constantFrom(
        'roster_session=',
        'roster_session',
        '=',
        ';',
        'roster_session=x; roster_session=y',
        `roster_session=${'a'.repeat(40)}`,
      ),
    );
    return signedIn
      ? fc.oneof(
          { weight: 8, arbitrary: fc.constant('mine') },
          { weight: 1, arbitrary: junk.map((j) => `mine; ${j}`) },
          { weight: 1, arbitrary: fc.constant('theme=dark; mine') },
        )
      : fc.oneof({ weight: 6, arbitrary: fc.constant(undefined) }, { weight: 2, arbitrary: junk });
  };

  return { inputFor, anyValue, rawText, cookie };
}

// ---------------------------------------------------------------------------------------------
// Turning a generated case into a request.

interface Case {
  input: unknown;
  second: unknown;
  shape: 'plain' | 'batch' | 'unkeyed-batch' | 'raw';
  raw: string;
  origin: string | undefined;
  fetchSite: string | undefined;
  cookie: string | undefined;
  contentType: string | undefined;
}

function requestFor(
  proc: { path: string; type: 'query' | 'mutation' },
  c: Case,
  session: string,
): { req: Req; batch: boolean } {
  const headers: Record<string, string> = {};
  if (c.cookie !== undefined) headers.cookie = c.cookie.replace('mine', session);
  if (c.origin !== undefined) headers.origin = c.origin;
  if (c.fetchSite !== undefined) headers['sec-fetch-site'] = c.fetchSite;
  const batch = c.shape === 'batch' || c.shape === 'unkeyed-batch';
  const path = batch ? `/trpc/${proc.path},${proc.path}?batch=1` : `/trpc/${proc.path}`;
  const payload =
    c.shape === 'raw'
      ? c.raw
      : c.shape === 'batch'
        ? JSON.stringify({ 0: c.input, 1: c.second })
        : c.input === undefined
          ? undefined
          : JSON.stringify(c.input);
  if (proc.type === 'query') {
    const query = payload === undefined ? '' : `${batch ? '&' : '?'}input=${encodeQuery(payload)}`;
    return { req: { method: 'GET', path: path + query, headers }, batch };
  }
  if (c.contentType !== undefined) headers['content-type'] = c.contentType;
  return { req: { method: 'POST', path, headers, body: payload ?? '' }, batch };
}

// ---------------------------------------------------------------------------------------------

describe.each([
  { state: 'signed out', signedIn: false },
  { state: 'signed in', signedIn: true },
])('every procedure, $state', ({ signedIn }) => {
  it.each(procedures.map((p, i) => ({ ...p, index: i })))(
    '$path ($type) never answers 500 and always answers tRPC-shaped errors',
    async (proc) => {
      const a = arbitraries({ me, other });
      const caseArb: fc.Arbitrary<Case> = fc.record({
        input: a.inputFor(proc.keys),
        second: a.inputFor(proc.keys),
        shape: fc.constantFrom<Case['shape']>(
          'plain',
          'plain',
          'plain',
          'plain',
          'plain',
          'plain',
          'batch',
          'unkeyed-batch',
          'raw',
        ),
        raw: a.rawText,
        // Mostly the app's own origin, so the CSRF check does not hide what lies behind it.
        origin: fc.oneof(
          { weight: 10, arbitrary: fc.constant(appOrigin) },
          {
            weight: 1,
            arbitrary: fc.constantFrom('https://evil.example', 'null', `${appOrigin}/`, undefined),
          },
        ),
        fetchSite: fc.oneof(
          { weight: 10, arbitrary: fc.constantFrom(undefined, 'same-origin') },
          { weight: 1, arbitrary: fc.constantFrom('cross-site', 'none', 'same-site') },
        ),
        cookie: a.cookie(signedIn),
        contentType: fc.oneof(
          { weight: 12, arbitrary: fc.constantFrom('application/json', 'application/json; charset=utf-8') },
          {
            weight: 1,
            arbitrary: fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', undefined),
          },
        ),
      });
      let session = me.cookie;
      await fc.assert(
        fc.asyncProperty(caseArb, async (c) => {
          const { req, batch } = requestFor(proc, c, session);
          const res = await expectWellFormed(req, batch);
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
  const mutation = procedures.find((p) => p.type === 'mutation')!;
  const query = procedures.find((p) => p.type === 'query')!;
  const json = { 'content-type': 'application/json', origin: appOrigin };

  it('survives broken JSON, odd content types, methods, paths and batches', async () => {
    const mineCookie = () => ({ cookie: me.cookie });
    const bodies = [
      '',
      '{',
      '{"name":',
      'null',
      '[]',
      '"x"',
      '\ufeff{"name":"x"}',
      '{"name":"x"}{"name":"y"}',
      '['.repeat(50_000) + ']'.repeat(50_000),
      JSON.stringify({ name: 'x'.repeat(900_000) }),
    ];
    const cases: { req: Req; batch?: boolean }[] = [];
    for (const proc of procedures) {
      for (const cookie of [{}, mineCookie()]) {
        if (proc.type === 'mutation') {
          for (const body of bodies)
            cases.push({
              req: { method: 'POST', path: `/trpc/${proc.path}`, headers: { ...json, ...cookie }, body },
            });
          for (const contentType of [
            'text/plain',
            'application/json; charset=utf-16',
            'multipart/form-data; boundary=x',
          ])
            cases.push({
              req: {
                method: 'POST',
                path: `/trpc/${proc.path}`,
                headers: { 'content-type': contentType, origin: appOrigin, ...cookie },
                body: '--x\r\n{}',
              },
            });
          cases.push({
            req: { method: 'POST', path: `/trpc/${proc.path}`, headers: { origin: appOrigin, ...cookie } },
          });
          cases.push({ req: { method: 'GET', path: `/trpc/${proc.path}?input=%7B%7D`, headers: cookie } });
        } else {
          for (const input of [
            '',
            '%7B',
            'null',
            '%5B%5D',
            '%22x%22',
            '%E0%A4%A',
            '%00',
            encodeQuery('['.repeat(1500) + ']'.repeat(1500)),
          ])
            cases.push({
              req: { method: 'GET', path: `/trpc/${proc.path}?input=${input}`, headers: cookie },
            });
          cases.push({ req: { method: 'GET', path: `/trpc/${proc.path}?input=1&input=2`, headers: cookie } });
          cases.push({
            req: { method: 'POST', path: `/trpc/${proc.path}`, headers: { ...json, ...cookie }, body: '{}' },
          });
        }
        for (const method of ['PUT', 'DELETE', 'PATCH', 'OPTIONS'])
          cases.push({
            req: { method, path: `/trpc/${proc.path}`, headers: { ...json, ...cookie }, body: '{}' },
          });
      }
    }
    // Batches: broken inputs, unknown or mixed procedures, many calls at once.
    const qb = `/trpc/${query.path},${query.path}?batch=1`;
    for (const input of [
      '5',
      'null',
      '%5B1%2C2%5D',
      '%7B%220%22%3A%7B%7D%7D',
      '%7B%2299%22%3A1%7D',
      '%7B',
      '%7B%22-1%22%3A1%2C%22x%22%3A2%7D',
    ])
      cases.push({
        req: { method: 'GET', path: `${qb}&input=${input}`, headers: mineCookie() },
        batch: true,
      });
    cases.push({
      req: { method: 'GET', path: `/trpc/${query.path},nope.nope?batch=1`, headers: mineCookie() },
      batch: true,
    });
    cases.push({
      req: { method: 'GET', path: `/trpc/${query.path},${mutation.path}?batch=1`, headers: mineCookie() },
      batch: true,
    });
    cases.push({ req: { method: 'GET', path: `/trpc/,,,?batch=1`, headers: {} }, batch: true });
    cases.push({
      req: {
        method: 'GET',
        path: `/trpc/${Array(300).fill(query.path).join(',')}?batch=1`,
        headers: mineCookie(),
      },
      batch: true,
    });
    cases.push({ req: { method: 'GET', path: `/trpc/${query.path}?batch=yes`, headers: {} }, batch: true });
    cases.push({ req: { method: 'GET', path: `/trpc/${query.path}?batch=0`, headers: {} } });
    for (const body of ['[1]', '{"0":{', '"x"', '{"0":null,"1":{"name":"x"}}'])
      cases.push({
        req: {
          method: 'POST',
          path: `/trpc/${mutation.path},${mutation.path}?batch=1`,
          headers: { ...json, ...mineCookie() },
          body,
        },
        batch: true,
      });
    // Paths that name no procedure.
    for (const path of [
      'nope',
      'auth',
      'auth.',
      '.me',
      'auth..me',
      '%F0%9F%A6%A6',
      'org.get%00',
      '__proto__',
      'constructor',
      'toString',
      'auth.__proto__',
      'x'.repeat(4000),
    ])
      cases.push({ req: { method: 'GET', path: `/trpc/${path}`, headers: {} } });
    // Origins and cookies of every sort, on a mutation that a session could abuse.
    for (const origin of [
      'null',
      'https://evil.example',
      appOrigin.toUpperCase(),
      `${appOrigin}:80`,
      '',
      'x'.repeat(8000),
    ])
      cases.push({
        req: {
          method: 'POST',
          path: `/trpc/${mutation.path}`,
          headers: { ...json, ...mineCookie(), origin },
          body: '{}',
        },
      });
    for (const cookie of [
      'roster_session',
      '=',
      ';;;',
      `roster_session=${'a'.repeat(8000)}`,
      'roster_session=\u00ff',
      `${me.cookie};${me.cookie}`,
    ])
      cases.push({
        req: {
          method: 'GET',
          path: `/trpc/${query.path}`,
          headers: { cookie: Buffer.from(cookie, 'latin1').toString('latin1') },
        },
      });

    for (const { req, batch } of cases) await expectWellFormed(req, batch);
  }, 120_000);
});

// ---------------------------------------------------------------------------------------------
// Failures that happen before a procedure runs still answer below 500, in tRPC's shape.

describe('edges of the HTTP layer', () => {
  // The fuzzing above may have signed `me` out: start from a fresh session.
  beforeAll(async () => {
    me = await signUpOverHttp('fuzz-edge');
  });

  it(
    'a malformed percent-escape in any cookie answers below 500',
    async () => {
      for (const proc of procedures.filter((p) => p.type === 'query')) {
        const res = await send({
          method: 'GET',
          path: `/trpc/${proc.path}`,
          headers: { cookie: `_ga=%E0; ${me.cookie}` },
        });
        expect(res.status).toBeLessThan(500);
      }
    },
  );

  it('a NUL character in a name answers BAD_REQUEST', async () => {
    const res = await send({
      method: 'POST',
      path: '/trpc/org.rename',
      headers: { 'content-type': 'application/json', origin: appOrigin, cookie: me.cookie },
      body: JSON.stringify({ orgId: me.orgId, name: 'a\u0000b' }),
    });
    expect(res.status).toBe(400);
  });

  const post = (headers: Record<string, string>, body: string) =>
    send({
      method: 'POST',
      path: '/trpc/org.create',
      headers: { origin: appOrigin, cookie: me.cookie, ...headers },
      body,
    });
  it(
    'a POST without a JSON content type answers a tRPC-shaped 415',
    async () => {
      const res = await post({}, '{"name":"x"}');
      expect(res.status).toBe(415);
      expect(problemWith(res, false)).toBeNull();
    },
  );
  it('a body over 1 MiB answers a tRPC-shaped 413', async () => {
    const res = await post(
      { 'content-type': 'application/json' },
      JSON.stringify({ name: 'x'.repeat(1_100_000) }),
    );
    expect(res.status).toBe(413);
    expect(problemWith(res, false)).toBeNull();
  });
  it('a request line over 16 KiB answers a tRPC-shaped 431', async () => {
    const res = await send({ method: 'GET', path: `/trpc/org.get?input=${'x'.repeat(17_000)}`, headers: {} });
    expect(res.status).toBe(431);
    expect(problemWith(res, false)).toBeNull();
  });
});
