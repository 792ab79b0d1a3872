import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { linkTokenPattern } from '../vocabulary/token-format.js';
import { webhookBackoffType, webhookMaxAttempts } from '../webhooks/settings.js';

/** An account link's job: the token row, and the token itself (the database keeps its hash). */
const accountTokenPayload = z.object({ tokenId: z.uuid(), token: z.string().regex(linkTokenPattern) });

/**
 * Every background job: its queue, its payload (ids, never copies) and the BullMQ job id that
 * deduplicates it. Producers are typed by this table; the worker validates payloads again and
 * refuses to start if a job here has no handler.
 */
export const jobContracts = {
  'email.welcome': {
    queue: 'email',
    payload: z.object({ userId: z.uuid() }),
    jobId: (p: { userId: string }) => `welcome-${p.userId}`,
  },
  /**
   * The invitation email of one link (`send` numbers the links issued; resend issues a new one).
   * The token is the one secret a payload carries: it exists nowhere else (the database keeps its
   * hash), and the job leaves Redis once sent, or a day after it failed for good (`jobOptions`).
   */
  'email.invitation': {
    queue: 'email',
    payload: z.object({
      invitationId: z.uuid(),
      send: z.number().int().min(1),
      token: z.string().regex(linkTokenPattern),
    }),
    jobId: (p: { invitationId: string; send: number }) => `invitation-${p.invitationId}-${p.send}`,
    jobOptions: { removeOnComplete: true, removeOnFail: { age: 24 * 3600 } },
  },
  /** The confirmation email of one verify-email link; the token, as for invitations, only here. */
  'email.verify-email': {
    queue: 'email',
    payload: accountTokenPayload,
    jobId: (p: { tokenId: string }) => `verify-email-${p.tokenId}`,
    jobOptions: { removeOnComplete: true, removeOnFail: { age: 24 * 3600 } },
  },
  /** The password reset email of one reset-password link. */
  'email.reset-password': {
    queue: 'email',
    payload: accountTokenPayload,
    jobId: (p: { tokenId: string }) => `reset-password-${p.tokenId}`,
    jobOptions: { removeOnComplete: true, removeOnFail: { age: 24 * 3600 } },
  },
  /** The email to a new address with the link that makes it the account's. */
  'email.confirm-email-change': {
    queue: 'email',
    payload: accountTokenPayload,
    jobId: (p: { tokenId: string }) => `confirm-email-change-${p.tokenId}`,
    jobOptions: { removeOnComplete: true, removeOnFail: { age: 24 * 3600 } },
  },
  /** The notice to the address an account left (the change_email link that replaced it). */
  'email.email-changed': {
    queue: 'email',
    payload: z.object({ tokenId: z.uuid() }),
    jobId: (p: { tokenId: string }) => `email-changed-${p.tokenId}`,
  },
  /** One usage alert's email to one owner or admin (usage-alerts/keys.ts names its delivery). */
  'email.usage-alert': {
    queue: 'email',
    payload: z.object({ eventId: z.uuid(), userId: z.uuid() }),
    jobId: (p: { eventId: string; userId: string }) => `usage-alert-${p.eventId}-${p.userId}`,
  },
  /**
   * Runs the after-commit subscribers of committed events (subscribers/dispatch.ts). The API
   * enqueues one per transaction that recorded such events; the sweep enqueues those left behind.
   */
  'events.dispatch': {
    queue: 'events',
    payload: z.object({
      eventIds: z.array(z.uuid()).min(1).max(500),
      /** Set by the sweep (its time): a new job, whatever became of the first one. */
      sweep: z.number().int().optional(),
    }),
    jobId: (p: { eventIds: string[]; sweep?: number }) =>
      `events-${p.eventIds[0]}${p.sweep ? `-swept-${p.sweep}` : ''}`,
    jobOptions: { removeOnComplete: true, removeOnFail: { age: 24 * 3600 } },
  },
  /**
   * Removes the bytes of blobs in 'deleting' (then their rows): enqueued after a delete commits. Its
   * id is new every time: a purge already running may have read the rows before this delete
   * committed, so a later one must never be swallowed as a duplicate.
   */
  'content.purge': {
    queue: 'content',
    payload: z.object({ orgId: z.uuid() }),
    jobId: (p: { orgId: string }) => `purge-${p.orgId}-${randomUUID()}`,
    jobOptions: { removeOnComplete: true, removeOnFail: { age: 24 * 3600 } },
  },
  /**
   * Repeated by the worker (a job scheduler): bytes with no row past a grace period, stale upload
   * reservations, and blobs left in 'deleting' by a purge job that never ran.
   */
  'content.sweep': {
    queue: 'content',
    payload: z.object({}),
    jobId: () => `content-sweep-${randomUUID()}`,
    jobOptions: { removeOnComplete: true, removeOnFail: { age: 24 * 3600 } },
  },
  /**
   * Moves the usage counted in Redis into the database exactly once (usage/rollup.ts). Repeated by
   * the worker (USAGE_ROLLUP_EVERY_MS) and run once when a worker starts; any number may run at once.
   */
  'usage.rollup': {
    queue: 'usage',
    payload: z.object({}),
    jobId: () => `usage-rollup-${randomUUID()}`,
    jobOptions: { removeOnComplete: true, removeOnFail: { age: 24 * 3600 } },
  },
  /**
   * Recomputes one organization's statistics (stats/recompute.ts). Debounced: the events that
   * change them enqueue one job per organization and `window` (a `statsDebounceMs` slice of time,
   * run at its end), so a burst of changes costs one recompute and none is missed.
   */
  'stats.recompute': {
    queue: 'stats',
    payload: z.object({ orgId: z.uuid(), window: z.number().int().nonnegative() }),
    jobId: (p: { orgId: string; window: number }) => `stats-${p.orgId}-${p.window}`,
    jobOptions: { removeOnComplete: true, removeOnFail: { age: 24 * 3600 } },
  },
  /** Repeated by the worker every night: a recompute of every organization. */
  'stats.nightly': {
    queue: 'stats',
    payload: z.object({}),
    jobId: () => `stats-nightly-${randomUUID()}`,
    jobOptions: { removeOnComplete: true, removeOnFail: { age: 24 * 3600 } },
  },
  /**
   * One attempt series of a webhook delivery (webhooks/deliver.ts): retried with exponential
   * backoff for 24 hours. `redelivery` (the time a person asked) makes a new job for "redeliver".
   */
  'webhook.deliver': {
    queue: 'webhooks',
    payload: z.object({ deliveryId: z.uuid(), redelivery: z.number().int().optional() }),
    jobId: (p: { deliveryId: string; redelivery?: number }) =>
      `webhook-${p.deliveryId}${p.redelivery ? `-redelivery-${p.redelivery}` : ''}`,
    // The worker computes the 'webhook' backoff (webhooks/settings.ts): ≈ 24 hours of retries.
    jobOptions: {
      attempts: webhookMaxAttempts,
      backoff: { type: webhookBackoffType },
      removeOnComplete: true,
      removeOnFail: { age: 7 * 24 * 3600 },
    },
  },
  /** Checks one organization's usage against its usage alerts (usage-alerts/check.ts). */
  'usage.alerts': {
    queue: 'usage',
    payload: z.object({ orgId: z.uuid() }),
    jobId: (p: { orgId: string }) => `usage-alerts-${p.orgId}-${randomUUID()}`,
    jobOptions: { removeOnComplete: true, removeOnFail: { age: 24 * 3600 } },
  },
} as const;

export type JobName = keyof typeof jobContracts;
export type JobPayload<N extends JobName> = z.infer<(typeof jobContracts)[N]['payload']>;
/** What a job's deduplicating id is made of (a part of its payload). */
export type JobIdParts<N extends JobName> = Parameters<(typeof jobContracts)[N]['jobId']>[0];
export type QueueName = (typeof jobContracts)[JobName]['queue'];

export const jobNames = Object.keys(jobContracts) as JobName[];
export const queueNames = [...new Set(jobNames.map((n) => jobContracts[n].queue))] as QueueName[];

/** Retries with exponential backoff (2 s, 4 s, 8 s, …); finished jobs are kept a while for inspection. */
export const defaultJobOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 2_000 },
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  removeOnFail: { age: 7 * 24 * 3600 },
} as const;
