import { readFile } from 'node:fs/promises';
import fastifyStatic from '@fastify/static';
import { fastifyTRPCPlugin, type FastifyTRPCPluginOptions } from '@trpc/server/adapters/fastify';
import Fastify, { type FastifyServerOptions } from 'fastify';
import type { Deps } from './deps.js';
import { errorBody, handleClientError, handleHttpError } from './http-errors.js';
import { appRouter, type AppRouter } from './root.js';
import { createContext } from './trpc/context.js';

export interface ServerOptions {
  logger?: FastifyServerOptions['logger'];
  trustProxy?: boolean;
  /** Directory of the built web app, served at `/` with index.html for client-side routes. */
  webDist?: string | null;
}

/** The HTTP server: tRPC at /trpc, /health, and the built web app. */
export async function buildServer(deps: Deps, options: ServerOptions = {}) {
  const app = Fastify({
    logger: options.logger ?? false,
    trustProxy: options.trustProxy ?? false,
    routerOptions: { maxParamLength: 5000 },
    clientErrorHandler: handleClientError,
  });
  app.setErrorHandler(handleHttpError);

  await app.register(fastifyTRPCPlugin, {
    prefix: '/trpc',
    trpcOptions: {
      router: appRouter,
      // Calls in one HTTP request run in parallel: a cap keeps one request from carrying hundreds
      // of them (the web client's httpBatchLink sends at most as many).
      maxBatchSize: 20,
      createContext: ({ req, res }) =>
        createContext(deps, {
          ip: req.ip,
          origin: req.headers.origin,
          fetchSite: req.headers['sec-fetch-site'] as string | undefined,
          cookieHeader: req.headers.cookie,
          setCookie: (cookie) => void res.header('set-cookie', cookie),
        }),
      onError({ error, path }) {
        if (error.code === 'INTERNAL_SERVER_ERROR')
          app.log.error({ err: error.cause ?? error, path }, 'procedure failed');
      },
    } satisfies FastifyTRPCPluginOptions<AppRouter>['trpcOptions'],
  });

  app.get('/health', async (_req, reply) => {
    try {
      await Promise.all([deps.orm.em.getConnection().execute('select 1'), deps.redis.ping()]);
      return { ok: true };
    } catch (error) {
      app.log.warn({ err: error }, 'health check failed');
      return reply.code(503).send({ ok: false });
    }
  });

  if (options.webDist) {
    const webDist = options.webDist;
    await app.register(fastifyStatic, { root: webDist, wildcard: false, index: false });
    const indexHtml = await readFile(`${webDist}/index.html`, 'utf8');
    app.setNotFoundHandler((req, reply) => {
      if (req.method !== 'GET' || req.url.startsWith('/trpc') || req.url.startsWith('/assets/')) {
        return reply.code(404).send(errorBody(404, 'Not found.'));
      }
      return reply.type('text/html').send(indexHtml);
    });
  }
  return app;
}
