import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { redisPrefix } from '@roster/core';
import { parseStorageUrl } from '@roster/storage';
import { z } from 'zod';
import { parseTrustProxy, trustProxyHelp } from './trust-proxy.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z.string().optional(),
  DATA_DIR: z.string().default(`${repoRoot}.data`),
  /**
   * Where content bytes are kept: unset → a directory under DATA_DIR; `file:///abs/dir`; or
   * `s3://bucket?endpoint=…&region=…&forcePathStyle=true` (checked below by @roster/storage).
   */
  STORAGE_URL: z.string().optional(),
  REDIS_URL: z.url({ error: 'must be a URL like redis://127.0.0.1:6379' }).default('redis://127.0.0.1:6379'),
  /** Key prefix of the queues and rate limits: API and worker must agree; lets installs share a Redis. */
  REDIS_PREFIX: z
    .string()
    .regex(/^[\w.-]+$/, { error: 'must be letters, digits, dots, dashes or underscores' })
    .default(redisPrefix),
  PORT: z.coerce.number({ error: 'must be a port number' }).int().min(1).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  APP_URL: z.url({ error: 'must be the origin people open, like https://roster.example.com' }).optional(),
  WEB_DIST: z.string().default(`${repoRoot}apps/web/dist`),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Signs device cookies; by default a random key kept in DATA_DIR/secret-key. */
  SECRET_KEY: z.string().min(32, { error: 'must be at least 32 characters' }).optional(),
  /** `off` stops counting usage (PRODUCT §7): only for `pnpm bench metering`, to measure what metering costs. */
  USAGE_METERING: z.enum(['on', 'off'], { error: 'must be on or off' }).default('on'),
  /** `true` lets webhooks reach loopback, private and link-local addresses (never by default). */
  WEBHOOK_ALLOW_PRIVATE: z.enum(['true', 'false'], { error: 'must be true or false' }).default('false'),
  TRUST_PROXY: z
    .string()
    .default('false')
    .transform((value, ctx) => {
      const trust = parseTrustProxy(value);
      if (trust === null) ctx.addIssue({ code: 'custom', message: trustProxyHelp });
      return trust ?? false;
    }),
});

export type Env = Exclude<ReturnType<typeof parseEnv>, string>;

/** The checked settings, or the one line that says what is wrong. */
export function parseEnv(source: Record<string, string | undefined>) {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return `roster: setting ${String(issue.path[0])} ${issue.message}`;
  }
  const env = parsed.data;
  const storage = parseStorageUrl(env.STORAGE_URL || undefined, env.DATA_DIR);
  if (typeof storage === 'string') return `roster: setting ${storage}`;
  const appUrl = new URL(env.APP_URL ?? `http://localhost:${env.PORT}`);
  return {
    ...env,
    database: env.DATABASE_URL || `${env.DATA_DIR}/roster.db`,
    appOrigin: appUrl.origin,
    secureCookies: appUrl.protocol === 'https:',
    webDist: existsSync(`${env.WEB_DIST}/index.html`) ? env.WEB_DIST : null,
  };
}

/** Reads the settings once at start-up; a bad one stops the process with one line naming it. */
export function loadEnv(source: Record<string, string | undefined> = process.env): Env {
  const env = parseEnv(source);
  if (typeof env === 'string') {
    console.error(env);
    process.exit(1);
  }
  return env;
}
