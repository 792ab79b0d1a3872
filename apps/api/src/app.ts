import type { FastifyInstance } from 'fastify';
import { createDeps, type Deps, type DepsSettings } from './deps.js';
import type { Env } from './env.js';
import { loadSecretKey } from './secret-key.js';
import { buildServer, type ServerOptions } from './server.js';

/** Everything the API process is started with: its dependencies, its server, where it listens. */
export interface ApiSettings extends DepsSettings, ServerOptions {
  port: number;
  host: string;
}

export interface RunningApi {
  app: FastifyInstance;
  deps: Deps;
  /** `http://<host>:<port>` it listens on. */
  url: string;
  /** Finishes the requests in flight, then closes the server and the dependencies. */
  close(): Promise<void>;
}

/** The API's settings as `pnpm start` reads them from the environment. */
export function apiSettings(env: Env): ApiSettings {
  return {
    database: env.database,
    redisUrl: env.REDIS_URL,
    prefix: env.REDIS_PREFIX,
    appOrigin: env.appOrigin,
    secureCookies: env.secureCookies,
    secret: loadSecretKey(env),
    storageUrl: env.STORAGE_URL,
    dataDir: env.DATA_DIR,
    logger: { level: env.LOG_LEVEL },
    trustProxy: env.TRUST_PROXY,
    webDist: env.NODE_ENV === 'production' ? env.webDist : null,
    metering: env.USAGE_METERING === 'on',
    webhookAllowPrivate: env.WEBHOOK_ALLOW_PRIVATE === 'true',
    port: env.PORT,
    host: env.HOST,
  };
}

/**
 * The API, assembled and listening: the composition root main.ts runs, and the one tests and the
 * bench start in their own process (through @roster/testing's startRoster).
 */
export async function startApi(settings: ApiSettings): Promise<RunningApi> {
  const deps = await createDeps(settings);
  try {
    const app = await buildServer(deps, settings);
    await app.listen({ port: settings.port, host: settings.host });
    return {
      app,
      deps,
      url: `http://${settings.host}:${settings.port}`,
      async close() {
        await app.close();
        await deps.close();
      },
    };
  } catch (error) {
    await deps.close();
    throw error;
  }
}
