import type { Redis } from 'ioredis';
import { DomainError } from '../errors.js';
import { waitPhrase } from '../common/wait-phrase.js';
import { redisPrefix } from '../jobs/prefix.js';
import { giveBackScript, reserveScript } from './attempt-scripts.js';

export interface AttemptLimits {
  /** Sign-in attempts per email from one IP: the strict limit, which locks out only that IP. */
  perEmailIp: number;
  /** Sign-in attempts per email from all IPs together: high, so strangers cannot lock a user out. */
  perEmail: number;
  /** Sign-in attempts per IP, whatever the email (password spraying). */
  perIp: number;
  /** Sign-in attempts per trusted device (one that signed in before), instead of the three above. */
  perDevice: number;
  /** Sign-ups allowed per IP (bounds account creation and email probing). */
  signUpsPerIp: number;
  /** Every count starts at the first attempt and is forgotten this many seconds later. */
  windowSeconds: number;
}

export const defaultAttemptLimits: AttemptLimits = {
  perEmailIp: 5,
  perEmail: 100,
  perIp: 30,
  perDevice: 5,
  signUpsPerIp: 20,
  windowSeconds: 15 * 60,
};

/**
 * What a sign-up or sign-in is counted by, besides its scope: the limiter, the caller's IP, and
 * for a sign-in the trusted device it comes from (`DeviceTrust.recognize`; null for others).
 */
export interface AuthLimits {
  limiter: AttemptLimiter;
  ip: string;
  deviceId?: string | null;
}

/** What a sign-in attempt counted, to give back if it succeeds. */
export interface SignInReservation {
  /** Counters a success wipes (this email from this IP or device). */
  clear: string[];
  /** Counters a success takes its own attempt back from (the wider ones). */
  giveBack: string[];
}

/**
 * Counts sign-in attempts and sign-ups in Redis, shared by every API process. An attempt is
 * counted before the password is checked, in one script that checks every limit and counts only
 * when none is reached: parallel attempts cannot all pass the check before any is counted.
 */
export class AttemptLimiter {
  constructor(
    private readonly redis: Redis,
    private readonly limits: AttemptLimits = defaultAttemptLimits,
    private readonly prefix = redisPrefix,
  ) {}

  /**
   * Counts a sign-in attempt, or throws TOO_MANY_ATTEMPTS. From a trusted device only that
   * device's counter applies: failures elsewhere (a stranger guessing) do not lock it out.
   */
  async reserveSignIn(email: string, ip: string, deviceId: string | null): Promise<SignInReservation> {
    const { perEmailIp, perEmail, perIp, perDevice } = this.limits;
    const counters: [string, number][] = deviceId
      ? [[this.key('signin-device', deviceId), perDevice]]
      : [
          [this.key('signin-email-ip', `${email}|${ip}`), perEmailIp],
          [this.key('signin-email', email), perEmail],
          [this.key('signin-ip', ip), perIp],
        ];
    await this.reserve(counters, 'Sign-in');
    const keys = counters.map(([key]) => key);
    return { clear: keys.slice(0, 1), giveBack: keys.slice(1) };
  }

  /**
   * After a right password: this email starts afresh from this IP (or device), and the attempt
   * is not held against the wider counts.
   */
  async settleSignIn({ clear, giveBack }: SignInReservation): Promise<void> {
    await this.redis
      .eval(giveBackScript, clear.length + giveBack.length, ...clear, ...giveBack, clear.length)
      .catch(() => undefined); // Only a kindness: the counts expire anyway.
  }

  async consumeSignUp(ip: string): Promise<void> {
    await this.reserve([[this.key('signup-ip', ip), this.limits.signUpsPerIp]], 'Sign-up');
  }

  private key(kind: string, id: string): string {
    return `${this.prefix}:rl:${kind}:${id}`;
  }

  private async reserve(counters: [string, number][], what: 'Sign-in' | 'Sign-up'): Promise<void> {
    let waitMs: number;
    try {
      const windowMs = this.limits.windowSeconds * 1000;
      const keys = counters.map(([key]) => key);
      const limits = counters.map(([, limit]) => limit);
      waitMs = Number(await this.redis.eval(reserveScript, keys.length, ...keys, windowMs, ...limits));
    } catch {
      // Redis is down or too slow: answer at once rather than let people through uncounted.
      throw new DomainError('SERVICE_UNAVAILABLE', `${what} is briefly unavailable; try again in a moment.`, {
        retryAfterSeconds: 5,
      });
    }
    if (waitMs > 0) tooMany(waitMs);
  }
}

function tooMany(msBeforeNext: number): never {
  const retryAfterSeconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  throw new DomainError(
    'TOO_MANY_ATTEMPTS',
    `Too many attempts. Try again in ${waitPhrase(retryAfterSeconds)}.`,
    {
      retryAfterSeconds,
    },
  );
}
