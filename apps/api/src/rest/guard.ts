import { DomainError, usageKeys, type ApiKeyRecord } from '@roster/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { apiKeyRedisKeys } from '../api-keys/redis-keys.js';
import type { Deps } from '../deps.js';

const windowMs = 60_000;

/** What Redis says about a key request: one pipelined round trip. */
interface Standing {
  revoked: boolean;
  /** Requests in this minute's window, this one included; null when the key has no rate limit. */
  count: number | null;
  monthCalls: number;
  monthBytesOut: number;
}

async function readStanding(deps: Deps, key: ApiKeyRecord, now: Date, window: number): Promise<Standing> {
  const keys = apiKeyRedisKeys(deps.prefix);
  const pipeline = deps.redis
    .pipeline()
    .exists(keys.revoked(key.id))
    .hmget(usageKeys(deps.prefix).month(key.orgId, now), 'c', 'o');
  const limited = key.org.limits.requestsPerMinute !== null;
  if (limited) {
    const counter = keys.rateLimit(key.id, window);
    pipeline.incr(counter).pexpire(counter, windowMs, 'NX');
  }
  const results = (await pipeline.exec()) ?? [];
  const failed = results.find(([error]) => error);
  if (failed || results.length === 0) throw failed?.[0] ?? new Error('Redis answered nothing');
  const [revoked, month, count] = results.map(([, value]) => value) as [
    number,
    (string | null)[],
    number | undefined,
  ];
  return {
    revoked: revoked === 1,
    count: limited ? Number(count) : null,
    monthCalls: Number(month[0] ?? 0),
    monthBytesOut: Number(month[1] ?? 0),
  };
}

/** Whole seconds from `now` to the first instant of the next UTC month. */
function secondsToMonthEnd(now: Date): number {
  const next = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1);
  return Math.max(1, Math.ceil((next - now.getTime()) / 1000));
}

const formatted = (n: number) => n.toLocaleString('en-US');

/** USAGE_LIMIT_REACHED when the month's API calls or bytes out have reached the organization's limit. */
function usageRefusal(key: ApiKeyRecord, standing: Standing, now: Date): DomainError | null {
  const { apiCallsPerMonth, bandwidthOutPerMonth } = key.org.limits;
  const retryAfterSeconds = secondsToMonthEnd(now);
  if (apiCallsPerMonth !== null && standing.monthCalls >= apiCallsPerMonth)
    return new DomainError(
      'USAGE_LIMIT_REACHED',
      `This organization has made the ${formatted(apiCallsPerMonth)} API calls its plan allows this month.`,
      { retryAfterSeconds, limit: 'apiCallsPerMonth' },
    );
  if (bandwidthOutPerMonth !== null && standing.monthBytesOut >= bandwidthOutPerMonth)
    return new DomainError(
      'USAGE_LIMIT_REACHED',
      `This organization has downloaded the ${formatted(bandwidthOutPerMonth)} bytes its plan allows this month.`,
      { retryAfterSeconds, limit: 'bandwidthOutPerMonth' },
    );
  return null;
}

/**
 * The per-request guard of an API key (PRODUCT §6, §7), before the route runs: revoked on any
 * process (the marker), over the key's requests per minute (fixed window; `RateLimit-*` headers on
 * every answer), or over the organization's month of API calls or bytes out. Either limit answers
 * 429 with `Retry-After` and marks the request `limited` (not counted as a call).
 *
 * Returns false when Redis could not be asked: the guard then lets the request through (logged),
 * and the caller re-reads the key from the database, so a revocation still holds.
 */
export async function guardKeyRequest(
  req: FastifyRequest,
  reply: FastifyReply,
  deps: Deps,
  key: ApiKeyRecord,
  now: Date,
): Promise<boolean> {
  const window = Math.floor(now.getTime() / windowMs);
  let standing: Standing;
  try {
    standing = await readStanding(deps, key, now, window);
  } catch (error) {
    req.log.warn({ err: error, apiKeyId: key.id }, 'API key limits unchecked: Redis unavailable');
    return false;
  }
  if (standing.revoked) throw keyRevoked();
  const limit = key.org.limits.requestsPerMinute;
  if (limit !== null && standing.count !== null) {
    const resetSeconds = Math.max(1, Math.ceil(((window + 1) * windowMs - now.getTime()) / 1000));
    reply.header('ratelimit-limit', String(limit));
    reply.header('ratelimit-remaining', String(Math.max(0, limit - standing.count)));
    reply.header('ratelimit-reset', String(resetSeconds));
    if (standing.count > limit) {
      req.usage.limited = true;
      throw new DomainError(
        'RATE_LIMITED',
        `This API key may make ${formatted(limit)} requests a minute. Try again in ${resetSeconds} s.`,
        { retryAfterSeconds: resetSeconds },
      );
    }
  }
  const refusal = usageRefusal(key, standing, now);
  if (refusal) {
    req.usage.limited = true;
    throw refusal;
  }
  return true;
}

export function keyRevoked(): DomainError {
  return new DomainError(
    'API_KEY_REVOKED',
    'This API key has been revoked. An owner or admin of the organization can create a new one.',
  );
}
