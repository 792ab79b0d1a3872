import { Queue, type ConnectionOptions } from 'bullmq';
import { redisPrefix } from './prefix.js';
import {
  defaultJobOptions,
  jobContracts,
  queueNames,
  type JobName,
  type JobPayload,
  type QueueName,
} from './contracts.js';

/** The producer side of the job table: `enqueue('email.welcome', { userId })`, typed by the contract. */
export class JobQueue {
  private readonly queues: Map<QueueName, Queue>;

  constructor(connection: ConnectionOptions, prefix = redisPrefix) {
    this.queues = new Map(
      queueNames.map((name) => [name, new Queue(name, { connection, prefix, defaultJobOptions })]),
    );
  }

  async enqueue<N extends JobName>(name: N, payload: JobPayload<N>): Promise<void> {
    const contract = jobContracts[name];
    const data = contract.payload.parse(payload);
    await this.queues.get(contract.queue)!.add(name, data, { jobId: contract.jobId(data) });
  }

  async close(): Promise<void> {
    await Promise.all([...this.queues.values()].map((q) => q.close()));
  }
}
