import type { MikroORM } from '@mikro-orm/core';
import { touchApiKeyLastUsed } from '@roster/core';
import { forkEm } from '@roster/db';

const throttleMs = 60_000;
/** Past this many keys, the ones not written within the minute are forgotten. */
const pruneAbove = 10_000;

/**
 * "Last used" of API keys, written at most once a minute per key by this process (the update
 * itself is conditional too, so several processes write it about once a minute between them):
 * a key's requests never cost a database write each.
 */
export class LastUsedWriter {
  /** Key id → when this process last wrote (or tried to write) its lastUsedAt, in ms. */
  private readonly written = new Map<string, number>();

  constructor(private readonly orm: MikroORM) {}

  async mark(apiKeyId: string, now: Date): Promise<void> {
    const at = now.getTime();
    const last = this.written.get(apiKeyId);
    if (last !== undefined && at - last < throttleMs && at >= last) return;
    this.written.set(apiKeyId, at);
    if (this.written.size > pruneAbove) this.prune(at);
    await touchApiKeyLastUsed(forkEm(this.orm), apiKeyId, now);
  }

  private prune(at: number): void {
    for (const [id, written] of this.written) if (at - written >= throttleMs) this.written.delete(id);
  }
}
