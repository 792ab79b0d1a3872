import { randomBytes } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@roster/testing/database';
import { createDeps, type Deps, type DepsSettings } from '../src/deps.js';
import { createCaller } from '../src/root.js';
import { createContext, type RequestMeta } from '../src/trpc/context.js';
import { accountLinkToken } from './account-fixtures.js';

export const appOrigin = 'http://roster.test';
export const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

export interface Harness {
  db: TestDatabase;
  deps: Deps;
  /** The Redis prefix of this harness's queues and limits. */
  prefix: string;
  /** A caller as a browser would be: with this cookie (or none), from this IP and origin. */
  caller(options?: CallerOptions): Promise<Caller>;
  /**
   * Signs a new user up and returns a caller holding their session. The email is then confirmed
   * through the real link (from the confirmation email's job) unless `verified: false`.
   */
  signUp(options?: SignUpOptions): Promise<SignedUp>;
  /** Confirms a user's email through the link of their newest confirmation email. */
  verifyEmail(userId: string): Promise<void>;
  close(): Promise<void>;
}

export interface CallerOptions {
  cookie?: string;
  ip?: string;
  origin?: string;
  userAgent?: string;
}

export interface SignUpOptions {
  email?: string;
  name?: string;
  companyName?: string;
  /** false: leave the email unconfirmed, as right after a real sign-up. */
  verified?: boolean;
}

export type Caller = ReturnType<typeof createCaller> & { cookies: string[] };

export interface SignedUp {
  caller: Caller;
  cookie: string;
  userId: string;
  orgId: string;
  email: string;
}

export const password = 'violet-otter-17-lantern';
let counter = 0;
export function uniqueEmail(label = 'user'): string {
  return `${label}-${++counter}-${randomBytes(3).toString('hex')}@example.com`;
}

/**
 * A real database (SQLite or PostgreSQL, per TEST_DATABASE), real Redis under a fresh prefix.
 * `settings` replace the defaults (another Redis, other limits).
 */
export async function createHarness(settings: Partial<DepsSettings> = {}): Promise<Harness> {
  const db = await createTestDatabase();
  const prefix = `roster-test-${randomBytes(4).toString('hex')}`;
  const deps = await createDeps({
    orm: db.orm,
    database: db.database,
    redisUrl,
    appOrigin,
    secureCookies: false,
    prefix,
    ...settings,
  });

  async function caller(options: CallerOptions = {}): Promise<Caller> {
    const cookies: string[] = [];
    const meta: RequestMeta = {
      ip: options.ip ?? '127.0.0.1',
      userAgent: options.userAgent,
      origin: options.origin,
      fetchSite: undefined,
      cookieHeader: options.cookie,
      setCookie: (c) => cookies.push(c),
    };
    // A fresh context (session check, EntityManager) for every call, as for every HTTP request.
    const trpc = createCaller(() => createContext(deps, meta));
    // The caller is a proxy of procedure paths; answer `cookies` before it does.
    return new Proxy(trpc, {
      get: (target, prop) => (prop === 'cookies' ? cookies : Reflect.get(target, prop)),
    }) as Caller;
  }

  async function verifyEmail(userId: string): Promise<void> {
    const token = await accountLinkToken({ db, deps, prefix }, 'verify_email', userId);
    await (await caller()).auth.verifyEmail({ token });
  }

  async function signUp(options: SignUpOptions = {}): Promise<SignedUp> {
    const email = options.email ?? uniqueEmail();
    const anonymous = await caller({ ip: `10.0.${counter % 250}.${++counter % 250}` });
    const result = await anonymous.auth.signUp({
      email,
      password,
      name: options.name ?? 'Test User',
      companyName: options.companyName ?? 'Acme',
    });
    const cookie = anonymous.cookies.at(-1)!.split(';')[0]!;
    if (options.verified !== false) await verifyEmail(result.user.id);
    return { caller: await caller({ cookie }), cookie, userId: result.user.id, orgId: result.orgId, email };
  }

  return {
    db,
    deps,
    prefix,
    caller,
    signUp,
    verifyEmail,
    async close() {
      await deps.close();
      await deps.redis.quit().catch(() => undefined);
      await db.close();
    },
  };
}

/** The tRPC error a promise rejects with: its code and data.reason. */
export async function errorOf(
  promise: Promise<unknown>,
): Promise<{ code: string; reason?: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    const e = error as { code: string; message: string; cause?: { reason?: string } };
    return { code: e.code, reason: e.cause?.reason, message: e.message };
  }
  throw new Error('expected the call to fail, but it succeeded');
}
