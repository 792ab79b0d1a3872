import type { Redis } from 'ioredis';
import { DomainError } from '../errors.js';
import { redisPrefix } from '../jobs/prefix.js';
import { waitPhrase } from '../common/wait-phrase.js';

export interface ResetLimits {
  /** Password reset requests allowed per email, and per IP, in `windowSeconds`. */
  perEmail: number;
  perIp: number;
  windowSeconds: number;
}

export const defaultResetLimits: ResetLimits = { perEmail: 5, perIp: 20, windowSeconds: 60 * 60 };

/**
 * Counts each key in turn (a fixed window starting at its first request) and stops at the first
 * one over its limit. KEYS: the counters; ARGV[1]: the window in ms; ARGV[i + 1]: the limit of
 * KEYS[i]. Returns 0 when allowed, else the ms until that counter's window ends.
 */
const consumeScript = `
for i, key in ipairs(KEYS) do
  local count = redis.call('INCR', key)
  if count == 1 then redis.call('PEXPIRE', key, ARGV[1]) end
  if count > tonumber(ARGV[i + 1]) then
    local ttl = redis.call('PTTL', key)
    if ttl < 0 then
      ttl = tonumber(ARGV[1])
      redis.call('PEXPIRE', key, ttl)
    end
    return ttl
  end
end
return 0
`;

/**
 * Password reset requests (and email change links) per IP and per email, counted in Redis by one
 * script (one atomic step), before any work: parallel requests cannot pass together. This bounds the emails one address
 * receives and how fast anyone can probe.
 */
export class ResetLimiter {
  constructor(
    private readonly redis: Redis,
    private readonly limits: ResetLimits = defaultResetLimits,
    private readonly prefix = redisPrefix,
  ) {}

  /** Counts one request from the IP, then for the email; TOO_MANY_ATTEMPTS when either is spent. */
  consume(email: string, ip: string): Promise<void> {
    return this.count('reset', email, ip, 'Password reset is briefly unavailable; try again in a moment.');
  }

  /**
   * The same count, kept apart, for links mailed to a new address from the account page: it bounds
   * the emails any address receives from someone else's account.
   */
  consumeEmailChange(newEmail: string, ip: string): Promise<void> {
    return this.count(
      'email-change',
      newEmail,
      ip,
      'Changing your email is briefly unavailable; try again in a moment.',
    );
  }

  private async count(kind: string, email: string, ip: string, unavailable: string): Promise<void> {
    const { perIp, perEmail, windowSeconds } = this.limits;
    let wait: number;
    try {
      wait = Number(
        await this.redis.eval(
          consumeScript,
          2,
          `${this.prefix}:rl:${kind}-ip:${ip}`,
          `${this.prefix}:rl:${kind}-email:${email}`,
          windowSeconds * 1000,
          perIp,
          perEmail,
        ),
      );
    } catch {
      // Redis is down or too slow: answer at once rather than send emails uncounted.
      throw new DomainError('SERVICE_UNAVAILABLE', unavailable, { retryAfterSeconds: 5 });
    }
    if (wait <= 0) return;
    const retryAfterSeconds = Math.max(1, Math.ceil(wait / 1000));
    throw new DomainError(
      'TOO_MANY_ATTEMPTS',
      `Too many requests. Try again in ${waitPhrase(retryAfterSeconds)}.`,
      {
        retryAfterSeconds,
      },
    );
  }
}
