import { JobQueue } from '@roster/core';
import type { Redis } from 'ioredis';

/**
 * The API's job queue. While Redis is not connected, enqueueing fails at once: BullMQ would wait
 * for a connection that was never made, holding the request. Requests that enqueue after their
 * transaction tolerate the failure (the worker's sweep enqueues the owed email later).
 */
export class FailFastJobQueue extends JobQueue {
  constructor(
    private readonly redis: Redis,
    prefix: string,
  ) {
    super(redis, prefix);
  }

  override enqueue(...args: Parameters<JobQueue['enqueue']>): Promise<void> {
    if (this.redis.status !== 'ready') return Promise.reject(new Error('Redis is not connected.'));
    return super.enqueue(...args);
  }
}
