import { Queue, type ConnectionOptions } from 'bullmq';
import { redisPrefix } from './prefix.js';
import {
  defaultJobOptions,
  jobContracts,
  queueNames,
  type JobName,
  type JobIdParts,
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

  /**
   * Whether the job with this contract's id is still known to the queue (in any state). Takes only
   * what the id is made of: a job's id never holds its secrets (the invitation token).
   */
  async has<N extends JobName>(name: N, idParts: JobIdParts<N>): Promise<boolean> {
    const contract = jobContracts[name];
    const job = await this.queues.get(contract.queue)!.getJob(contract.jobId(idParts as never));
    return job !== undefined && job !== null;
  }

  async close(): Promise<void> {
    await Promise.all([...this.queues.values()].map((q) => q.close()));
  }
}
