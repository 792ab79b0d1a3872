// /v1 with API keys: the API built in this process and listening (its clock in the test's hands),
// an organization with two projects and content, keys made through tRPC as an owner makes them.
import type { AddressInfo } from 'node:net';
import type { ApiKeyScope, LimitOverrides, Plan } from '@roster/core';
import { ApiKey, Organization, forkEm } from '@roster/db';
import { buildServer } from '../src/server.js';
import { defaultTimeouts } from '../src/timeouts.js';
import { createHarness } from './harness.js';
import { owner } from './project-fixtures.js';
import { send, type Api, type Reply, type SendOptions } from './upload-fixtures.js';

/** A clock the test moves: `clock.now` is what the API's key checks take for "now". */
export interface TestClock {
  now: Date;
  advance(ms: number): void;
}

export function testClock(start = new Date()): TestClock {
  const clock = {
    now: start,
    advance(ms: number) {
      clock.now = new Date(clock.now.getTime() + ms);
    },
  };
  return clock;
}

/** The API on 127.0.0.1 with `clock` for its key checks (the real time when absent). */
export async function startKeyApi(options: { clock?: TestClock; redisUrl?: string } = {}): Promise<Api> {
  const { clock, redisUrl } = options;
  const h = await createHarness({
    ...(clock ? { clock: () => clock.now } : {}),
    ...(redisUrl ? { redisUrl } : {}),
  });
  const logged: Api['logged'] = [];
  const stream = { write: (line: string) => void logged.push(JSON.parse(line) as Api['logged'][number]) };
  const app = await buildServer(h.deps, { timeouts: defaultTimeouts, logger: { level: 'warn', stream } });
  await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    h,
    app,
    port: (app.server.address() as AddressInfo).port,
    logged,
    async close() {
      await app.close();
      await h.close();
    },
  };
}

/**
 * An owner's organization (with its Library) and two more projects, Alpha and Beta; on the team
 * plan (600 requests a minute per key) unless told, and with these limit overrides.
 */
export async function keyOrg(
  api: Api,
  name = 'Keyed Co',
  options: { plan?: Plan; limits?: LimitOverrides } = {},
) {
  const boss = await owner(api.h, name);
  await forkEm(api.h.db.orm).nativeUpdate(
    Organization,
    { id: boss.orgId },
    { plan: options.plan ?? 'team', ...(options.limits ? { limits: options.limits } : {}) },
  );
  const create = (projectName: string) =>
    boss.caller.project.create({ orgId: boss.orgId, name: projectName, visibility: 'organization' });
  const [alpha, beta] = [await create('Alpha'), await create('Beta')];
  return { ...boss, alpha: alpha.id, beta: beta.id };
}
export type KeyOrg = Awaited<ReturnType<typeof keyOrg>>;

/** A key of the organization, made by its owner (tRPC apiKey.create); its secret and id. */
export async function createKey(
  org: KeyOrg,
  options: { scopes?: ApiKeyScope[]; projectIds?: string[]; expiresAt?: Date; name?: string } = {},
) {
  const created = await org.caller.apiKey.create({
    orgId: org.orgId,
    name: options.name ?? 'Test key',
    scopes: options.scopes ?? ['content:read', 'content:write'],
    ...(options.projectIds ? { projectIds: options.projectIds } : {}),
    ...(options.expiresAt ? { expiresAt: options.expiresAt.toISOString() } : {}),
  });
  return { id: created.apiKey.id, secret: created.secret };
}

/** A request with `Authorization: Bearer <secret>` and, unless told, no Origin (as an application sends). */
export function withKey(
  api: Api,
  secret: string | null,
  method: string,
  path: string,
  options: SendOptions & { json?: unknown } = {},
): Promise<Reply> {
  const { json, ...rest } = options;
  const headers: Record<string, string | number> = { ...rest.headers };
  if (secret !== null) headers.authorization = `Bearer ${secret}`;
  let body = rest.body;
  if (json !== undefined) {
    body = Buffer.from(JSON.stringify(json));
    headers['content-type'] = 'application/json';
  }
  return send(api, method, path, { origin: null, ...rest, headers, ...(body ? { body } : {}) });
}

/** Replaces the organization's limit overrides (the operator's set-limit, straight to the row). */
export async function setLimits(api: Api, orgId: string, limits: LimitOverrides | null) {
  await forkEm(api.h.db.orm).nativeUpdate(Organization, { id: orgId }, { limits });
}

/** The key's row as the database has it now. */
export async function keyRow(api: Api, apiKeyId: string) {
  return forkEm(api.h.db.orm).findOneOrFail(ApiKey, { id: apiKeyId });
}

/** The problem body of a reply after checking its status and reason. */
export function expectProblem(reply: Reply, status: number, reason: string) {
  const body = reply.text ? (reply.json() as { reason?: string; status?: number }) : {};
  if (reply.status !== status || body.reason !== reason)
    throw new Error(`expected ${status} ${reason}, got ${reply.status}: ${reply.text}`);
  if (!String(reply.headers['content-type']).startsWith('application/problem+json'))
    throw new Error(`not problem+json: ${reply.headers['content-type']}`);
  return body;
}
