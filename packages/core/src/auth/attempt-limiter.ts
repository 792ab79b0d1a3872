import type { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { DomainError } from '../errors.js';
import { redisPrefix } from '../jobs/prefix.js';

export interface AttemptLimits {
  /** Failed sign-ins allowed per email, and per IP, in `windowSeconds`. */
  perEmail: number;
  perIp: number;
  /** Sign-ups allowed per IP in `windowSeconds` (bounds account creation and email probing). */
  signUpsPerIp: number;
  windowSeconds: number;
}

export const defaultAttemptLimits: AttemptLimits = {
  perEmail: 5,
  perIp: 30,
  signUpsPerIp: 20,
  windowSeconds: 15 * 60,
};

/**
 * Counts failed sign-ins per email and per IP, and sign-ups per IP, in Redis, so every API process
 * shares the count. A blocked caller gets TOO_MANY_ATTEMPTS with the seconds to wait.
 */
export class AttemptLimiter {
  private readonly byEmail: RateLimiterRedis;
  private readonly byIp: RateLimiterRedis;
  private readonly signUps: RateLimiterRedis;

  constructor(redis: Redis, limits: AttemptLimits = defaultAttemptLimits, prefix = redisPrefix) {
    const make = (name: string, points: number) =>
      new RateLimiterRedis({
        storeClient: redis,
        keyPrefix: `${prefix}:rl:${name}`,
        points,
        duration: limits.windowSeconds,
      });
    this.byEmail = make('signin-email', limits.perEmail);
    this.byIp = make('signin-ip', limits.perIp);
    this.signUps = make('signup-ip', limits.signUpsPerIp);
  }

  /** Throws when either the email or the IP has used up its failed attempts. */
  async assertSignInAllowed(email: string, ip: string): Promise<void> {
    const wait = Math.max(
      ...(await Promise.all([blockedFor(this.byEmail, email), blockedFor(this.byIp, ip)])),
    );
    if (wait > 0) tooMany(wait);
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    await Promise.all([this.byEmail.penalty(email, 1), this.byIp.penalty(ip, 1)]);
  }

  async recordSuccess(email: string): Promise<void> {
    await this.byEmail.delete(email);
  }

  async consumeSignUp(ip: string): Promise<void> {
    try {
      await this.signUps.consume(ip, 1);
    } catch (error) {
      if (error instanceof RateLimiterRes) tooMany(error.msBeforeNext);
      throw error;
    }
  }
}

/** Milliseconds until `key` may try again, or 0 when it still has attempts left. */
async function blockedFor(limiter: RateLimiterRedis, key: string): Promise<number> {
  const res = await limiter.get(key);
  return res && res.consumedPoints >= limiter.points ? res.msBeforeNext : 0;
}

function tooMany(msBeforeNext: number): never {
  const retryAfterSeconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  throw new DomainError('TOO_MANY_ATTEMPTS', `Too many attempts, retry in ${retryAfterSeconds} s.`, {
    retryAfterSeconds,
  });
}
