import { fileURLToPath } from 'node:url';
import {
  defaultDispatchLeaseMs,
  defaultStatsDebounceMs,
  defaultWebhookSettings,
  redisPrefix,
} from '@roster/core';
import { parseStorageUrl } from '@roster/storage';
import { z } from 'zod';
import { defaultDeliverySettings } from './deliver.js';
import { defaultContentSweep } from './handlers/content-sweep.js';
import { defaultUsageRollupEveryMs } from './usage-schedule.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** An empty value (`SMTP_URL=` in a .env file) means "not set". */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === '' ? undefined : v), schema.optional());

const milliseconds = (fallback: number) =>
  z.coerce
    .number({ error: 'must be a whole number of milliseconds' })
    .int({ error: 'must be a whole number of milliseconds' })
    .min(100, { error: 'must be at least 100 (milliseconds)' })
    .default(fallback);

const schema = z.object({
  DATABASE_URL: z.string().optional(),
  DATA_DIR: z.string().min(1).default(`${repoRoot}.data`),
  REDIS_URL: z.url({ error: 'must be a URL like redis://127.0.0.1:6379' }).default('redis://127.0.0.1:6379'),
  /** Key prefix of the queues and rate limits: API and worker must agree; lets installs share a Redis. */
  REDIS_PREFIX: z
    .string()
    .regex(/^[\w.-]+$/, { error: 'must be letters, digits, dots, dashes or underscores' })
    .default(redisPrefix),
  SMTP_URL: optional(
    z.url({ protocol: /^smtps?$/, error: 'must be a URL like smtp://127.0.0.1:1025 (smtp:// or smtps://)' }),
  ),
  MAIL_FROM: z
    .string()
    .trim()
    .regex(/^[^@\s<>]+@[^@\s<>]+$|<[^@\s<>]+@[^@\s<>]+>$/, {
      error: 'must be an address like Roster <no-reply@example.com>',
    })
    .default('Roster <no-reply@localhost>'),
  APP_URL: z
    .url({ protocol: /^https?$/, error: 'must be the origin people open, like https://roster.example.com' })
    .default('http://localhost:3000'),
  WORKER_CONCURRENCY: z.coerce
    .number({ error: 'must be a whole number from 1 to 100' })
    .int()
    .min(1)
    .max(100)
    .default(5),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // Email delivery (see deliver.ts); tests shorten them.
  EMAIL_LEASE_MS: milliseconds(defaultDeliverySettings.leaseMs),
  EMAIL_RETRY_DELAY_MS: milliseconds(defaultDeliverySettings.retry.firstDelayMs),
  EMAIL_RETRY_MAX_DELAY_MS: milliseconds(defaultDeliverySettings.retry.maxDelayMs),
  EMAIL_GIVE_UP_AFTER_MS: milliseconds(defaultDeliverySettings.retry.giveUpAfterMs),
  EMAIL_SWEEP_EVERY_MS: milliseconds(5 * 60_000),
  /** How long an events dispatch holds its events before another worker may take them over. */
  EVENT_LEASE_MS: milliseconds(defaultDispatchLeaseMs),
  JOB_LOCK_MS: milliseconds(30_000),
  /** Where content bytes live: unset → a directory under DATA_DIR; `file:///dir` or `s3://bucket?…`. */
  STORAGE_URL: optional(z.string()),
  /** How often the content sweep runs (orphan bytes, stale uploads, deleted blobs left behind). */
  CONTENT_SWEEP_EVERY_MS: milliseconds(defaultContentSweep.everyMs),
  /** Bytes with no row are kept this long: an upload in progress has not committed its row yet. */
  CONTENT_ORPHAN_GRACE_MS: milliseconds(defaultContentSweep.graceMs),
  /** An upload reservation untouched this long is abandoned (its quota released, its bytes purged). */
  CONTENT_STALE_UPLOAD_MS: milliseconds(defaultContentSweep.staleUploadMs),
  /** How often the usage rollup moves the API's counters from Redis into the database. */
  USAGE_ROLLUP_EVERY_MS: milliseconds(defaultUsageRollupEveryMs),
  /** How long a change waits before its organization's statistics are recomputed (a debounce window). */
  STATS_DEBOUNCE_MS: milliseconds(defaultStatsDebounceMs),
  /** `true` lets webhooks reach loopback, private and link-local addresses (never by default). */
  WEBHOOK_ALLOW_PRIVATE: z.enum(['true', 'false'], { error: 'must be true or false' }).default('false'),
  // A webhook attempt's whole time (10 s) and the first retry's delay (doubling: ≈ 24 h); tests shorten them.
  WEBHOOK_TIMEOUT_MS: milliseconds(defaultWebhookSettings.timeoutMs),
  WEBHOOK_RETRY_DELAY_MS: milliseconds(defaultWebhookSettings.retryDelayMs),
});

export type Env = ReturnType<typeof loadEnv>;

/** Reads and checks the settings once; a bad one stops start-up with one line naming it. */
export function loadEnv(source: Record<string, string | undefined> = process.env) {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    console.error(`roster-worker: setting ${String(issue.path[0])} ${issue.message}`);
    process.exit(1);
  }
  const env = parsed.data;
  const storage = parseStorageUrl(env.STORAGE_URL, env.DATA_DIR);
  if (typeof storage === 'string') {
    console.error(`roster-worker: setting ${storage}`);
    process.exit(1);
  }
  return {
    ...env,
    database: env.DATABASE_URL || `${env.DATA_DIR}/roster.db`,
    /** Links in emails are built on this, without a trailing slash. */
    appUrl: env.APP_URL.replace(/\/+$/, ''),
    mailDir: `${env.DATA_DIR}/mail`,
    contentSweep: {
      everyMs: env.CONTENT_SWEEP_EVERY_MS,
      graceMs: env.CONTENT_ORPHAN_GRACE_MS,
      staleUploadMs: env.CONTENT_STALE_UPLOAD_MS,
    },
    webhooks: {
      allowPrivate: env.WEBHOOK_ALLOW_PRIVATE === 'true',
      timeoutMs: env.WEBHOOK_TIMEOUT_MS,
      retryDelayMs: env.WEBHOOK_RETRY_DELAY_MS,
    },
    delivery: {
      leaseMs: env.EMAIL_LEASE_MS,
      retry: {
        firstDelayMs: env.EMAIL_RETRY_DELAY_MS,
        maxDelayMs: env.EMAIL_RETRY_MAX_DELAY_MS,
        giveUpAfterMs: env.EMAIL_GIVE_UP_AFTER_MS,
      },
    },
  };
}
