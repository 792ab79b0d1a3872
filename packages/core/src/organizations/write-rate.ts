import { waitPhrase } from '../common/wait-phrase.js';
import { DomainError } from '../errors.js';

export interface WriteRate {
  /** Writes one organization may start at once before it is paced. */
  burst: number;
  /** Writes per second it may start after that. */
  perSecond: number;
}

/**
 * Generous for people (an `invitation.create` carries up to 100 emails), and low enough that one
 * organization's burst leaves the process's CPU to the requests of the others.
 */
export const defaultWriteRate: WriteRate = { burst: 20, perSecond: 5 };

interface Bucket {
  tokens: number;
  at: number;
}

/** Buckets kept before full ones (organizations idle long enough to be back at `burst`) are dropped. */
const maxBuckets = 10_000;

/**
 * A token bucket per organization, in this process: the fair share between organizations of the
 * writes that lock one (invitations). A write over the rate is refused at once with the seconds
 * to wait, before it takes a connection or a place in the organization's line.
 */
export class OrganizationWriteRate {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly rate: WriteRate = defaultWriteRate,
    private readonly now: () => number = Date.now,
  ) {}

  take(orgId: string): void {
    const now = this.now();
    const bucket = this.refilled(this.buckets.get(orgId), now);
    if (bucket.tokens < 1) {
      const retryAfterSeconds = Math.max(1, Math.ceil((1 - bucket.tokens) / this.rate.perSecond));
      throw new DomainError(
        'ORG_RATE_LIMITED',
        `This organization is making many changes at once. Try again in ${waitPhrase(retryAfterSeconds)}.`,
        { retryAfterSeconds },
      );
    }
    bucket.tokens -= 1;
    if (this.buckets.size >= maxBuckets && !this.buckets.has(orgId)) this.dropFull(now);
    this.buckets.set(orgId, bucket);
  }

  private refilled(bucket: Bucket | undefined, now: number): Bucket {
    if (!bucket) return { tokens: this.rate.burst, at: now };
    const tokens = Math.min(
      this.rate.burst,
      bucket.tokens + ((now - bucket.at) / 1000) * this.rate.perSecond,
    );
    return { tokens, at: now };
  }

  private dropFull(now: number): void {
    for (const [orgId, bucket] of this.buckets) {
      if (this.refilled(bucket, now).tokens >= this.rate.burst) this.buckets.delete(orgId);
    }
  }
}

/** The process's buckets, shared by every request it serves. */
export const organizationWriteRate = new OrganizationWriteRate();
