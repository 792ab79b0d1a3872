import type { MikroORM } from '@mikro-orm/core';
import { findApiKey, hashApiKey, type ApiKeyRecord } from '@roster/core';
import { forkEm } from '@roster/db';
import type { Redis } from 'ioredis';
import { LRUCache } from 'lru-cache';
import { LastUsedWriter } from './last-used.js';
import { apiKeyRedisKeys, revokedMarkerSeconds } from './redis-keys.js';

/** The API process's view of API keys: cached lookups, revocations announced to every process. */
export interface ApiKeyAuth {
  /**
   * The key with this secret (revoked and expired ones included: the caller refuses them), or
   * null. Cached while this process hears revocations; `fresh` reads the database regardless.
   * The caller checks the secret's shape and checksum first (no lookup for a typo).
   */
  find(secret: string, options?: { fresh?: boolean }): Promise<ApiKeyRecord | null>;
  /**
   * After a revocation is committed: marks the key revoked in Redis (every process's guard checks
   * the marker on the next request) and publishes it (every process drops it from its cache).
   * Rejects when Redis is unreachable; revoking is idempotent, so revoking again announces again.
   */
  announceRevoked(apiKeyId: string): Promise<void>;
  /** Notes a use of the key: `lastUsedAt` is written at most once a minute per key by this process. */
  markUsed(apiKeyId: string, now: Date): Promise<void>;
  close(): Promise<void>;
}

const positiveTtlMs = 30_000;
const negativeTtlMs = 5_000;
const maxEntries = 10_000;

/** A cached lookup; `record: null` is a secret no key has (lru-cache holds no nulls). */
interface Entry {
  record: ApiKeyRecord | null;
}

/**
 * Keys cached by their secret's hash (30 s; unknown secrets 5 s), used only while `subscriber` is
 * subscribed to the revocation channel: while it is not, every lookup reads the database, and
 * whatever was cached is dropped (revocations published meanwhile were not heard).
 */
export class CachedApiKeyAuth implements ApiKeyAuth {
  private readonly cache = new LRUCache<string, Entry>({ max: maxEntries, ttl: positiveTtlMs });
  private readonly keys: ReturnType<typeof apiKeyRedisKeys>;
  private readonly lastUsed: LastUsedWriter;
  private listening = false;
  /**
   * Bumped by every revocation heard and every (un)subscription: a lookup that began before one
   * is not cached (it may have read the row just before the revocation).
   */
  private generation = 0;

  constructor(
    private readonly orm: MikroORM,
    private readonly redis: Redis,
    private readonly subscriber: Redis,
    prefix: string,
  ) {
    this.keys = apiKeyRedisKeys(prefix);
    this.lastUsed = new LastUsedWriter(orm);
    subscriber.on('message', (channel: string, apiKeyId: string) => {
      if (channel === this.keys.revokedChannel) this.evict(apiKeyId);
    });
    subscriber.on('ready', () => void this.listen());
    subscriber.on('close', () => this.deafen());
    if (subscriber.status === 'ready') void this.listen();
  }

  async find(secret: string, options: { fresh?: boolean } = {}): Promise<ApiKeyRecord | null> {
    const hash = hashApiKey(secret);
    if (this.listening && !options.fresh) {
      const hit = this.cache.get(hash);
      if (hit) return hit.record;
    }
    const generation = this.generation;
    const record = await findApiKey(forkEm(this.orm), secret);
    if (this.listening && generation === this.generation)
      this.cache.set(hash, { record }, { ttl: record ? positiveTtlMs : negativeTtlMs });
    return record;
  }

  async announceRevoked(apiKeyId: string): Promise<void> {
    this.evict(apiKeyId);
    const results = await this.redis
      .pipeline()
      .set(this.keys.revoked(apiKeyId), '1', 'EX', revokedMarkerSeconds)
      .publish(this.keys.revokedChannel, apiKeyId)
      .exec();
    const failed = results?.find(([error]) => error);
    if (failed) throw failed[0];
  }

  markUsed(apiKeyId: string, now: Date): Promise<void> {
    return this.lastUsed.mark(apiKeyId, now);
  }

  /** Whether lookups are served from the cache right now (the revocation channel is heard). */
  get caching(): boolean {
    return this.listening;
  }

  async close(): Promise<void> {
    this.deafen();
    this.subscriber.disconnect();
  }

  private async listen(): Promise<void> {
    try {
      await this.subscriber.subscribe(this.keys.revokedChannel);
    } catch {
      // Lost again before subscribing: the next 'ready' tries again; meanwhile nothing is cached.
      return;
    }
    this.generation++;
    this.cache.clear();
    this.listening = true;
  }

  private deafen(): void {
    this.generation++;
    this.listening = false;
    this.cache.clear();
  }

  private evict(apiKeyId: string): void {
    this.generation++;
    const stale: string[] = [];
    for (const [hash, entry] of this.cache.entries()) if (entry.record?.id === apiKeyId) stale.push(hash);
    for (const hash of stale) this.cache.delete(hash);
  }
}
