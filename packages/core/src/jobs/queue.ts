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

  /** `delay`: run it no sooner than this many milliseconds from now (a debounced job's window). */
  async enqueue<N extends JobName>(
    name: N,
    payload: JobPayload<N>,
    options: { delay?: number } = {},
  ): Promise<void> {
    const contract = jobContracts[name];
    const data = contract.payload.parse(payload);
    const extra = 'jobOptions' in contract ? contract.jobOptions : {};
    await this.queues
      .get(contract.queue)!
      .add(name, data, { ...extra, ...options, jobId: contract.jobId(data as never) });
  }

  /**
   * Whether the job with this contract's id will still run (waiting, delayed or running). Takes
   * only what the id is made of: a job's id never holds its secrets (the invitation token).
   */
  async willRun<N extends JobName>(name: N, idParts: JobIdParts<N>): Promise<boolean> {
    return willRun(await this.stateOf(name, idParts));
  }

  /** The state of the job with this contract's id: `unknown` when there is none. */
  async stateOf<N extends JobName>(name: N, idParts: JobIdParts<N>): Promise<string> {
    return this.queueOf(name).getJobState(jobContracts[name].jobId(idParts as never));
  }

  /** Removes the job with this id if it has finished (completed or failed), so that the id can be used again. */
  async removeFinished<N extends JobName>(name: N, idParts: JobIdParts<N>): Promise<void> {
    const job = await this.queueOf(name).getJob(jobContracts[name].jobId(idParts as never));
    if (job && ((await job.isCompleted()) || (await job.isFailed()))) await job.remove();
  }

  private queueOf(name: JobName): Queue {
    return this.queues.get(jobContracts[name].queue)!;
  }

  async close(): Promise<void> {
    await Promise.all([...this.queues.values()].map((q) => q.close()));
  }
}

/** Whether a job in this state will still run (waiting, delayed or running). */
export function willRun(state: string): boolean {
  return !['completed', 'failed', 'unknown'].includes(state);
}
