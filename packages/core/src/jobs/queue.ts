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
    const extra = 'jobOptions' in contract ? contract.jobOptions : {};
    await this.queues
      .get(contract.queue)!
      .add(name, data, { ...extra, jobId: contract.jobId(data as never) });
  }

  /** Whether a job with this contract's id for `payload` is still known to the queue (in any state). */
  async has<N extends JobName>(name: N, payload: JobPayload<N>): Promise<boolean> {
    const contract = jobContracts[name];
    const job = await this.queues.get(contract.queue)!.getJob(contract.jobId(payload as never));
    return job !== undefined && job !== null;
  }

  async close(): Promise<void> {
    await Promise.all([...this.queues.values()].map((q) => q.close()));
  }
}
