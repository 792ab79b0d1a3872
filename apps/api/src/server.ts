import { fastifyTRPCPlugin, type FastifyTRPCPluginOptions } from '@trpc/server/adapters/fastify';
import Fastify, { type FastifyServerOptions } from 'fastify';
import type { Deps } from './deps.js';
import { errorBody, handleClientError, handleHttpError } from './http-errors.js';
import { redactingLogger } from './logging.js';
import { enforceRequestDeadline } from './request-deadline.js';
import { restApi } from './rest/plugin.js';
import { sendProblem } from './rest/problem.js';
import { answerExpectContinue } from './rest/uploads/expect-continue.js';
import { appRouter, type AppRouter } from './root.js';
import { registerSecurityHeaders } from './security-headers.js';
import { defaultTimeouts, timeoutOptions, type Timeouts } from './timeouts.js';
import { createContext } from './trpc/context.js';
import { trustProxySetting, type TrustProxy } from './trust-proxy.js';
import { isAppPage, registerWebApp } from './web-app.js';

export interface ServerOptions {
  /** Secrets (link tokens, passwords) are redacted from whatever this logger writes. */
  logger?: FastifyServerOptions['logger'];
  /** Proxies trusted to name the client in X-Forwarded-For (TRUST_PROXY); none by default. */
  trustProxy?: TrustProxy;
  timeouts?: Timeouts;
  /** Directory of the built web app, served at `/` with index.html for client-side routes. */
  webDist?: string | null;
}

/** The HTTP server: tRPC at /trpc, the REST API at /v1, /health, and the built web app. */
export async function buildServer(deps: Deps, options: ServerOptions = {}) {
  const app = Fastify({
    logger: redactingLogger(options.logger ?? false),
    trustProxy: trustProxySetting(options.trustProxy ?? false),
    ...timeoutOptions(options.timeouts ?? defaultTimeouts),
    routerOptions: { maxParamLength: 5000 },
    clientErrorHandler: handleClientError,
    // A path Fastify cannot decode (`/v1/folders/%/zip`): answered in the shape of its API.
    frameworkErrors: (error, req, reply) => {
      if (req.url.startsWith('/v1/') || req.url === '/v1') return sendProblem(reply, error);
      return handleHttpError(error, req, reply);
    },
  });
  app.setErrorHandler(handleHttpError);
  // Uploads answer `Expect: 100-continue` themselves once accepted: a refused one costs no bandwidth.
  answerExpectContinue(app.server);
  enforceRequestDeadline(app, (options.timeouts ?? defaultTimeouts).request);
  await registerSecurityHeaders(app, { https: deps.appOrigin.startsWith('https:') });
  // tRPC answers GET and POST; other methods (TRACE would reach its fetch adapter and fail) stop here.
  app.addHook('onRequest', async (req, reply) => {
    if (req.url.startsWith('/trpc') && !['GET', 'POST', 'HEAD'].includes(req.method)) {
      return reply
        .code(405)
        .header('allow', 'GET, POST')
        .send(errorBody(405, `Method ${req.method} is not supported here. Use GET or POST.`));
    }
  });

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
          userAgent: req.headers['user-agent'],
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

  await app.register(restApi, { prefix: '/v1', deps });

  app.get('/health', async (_req, reply) => {
    try {
      await Promise.all([deps.orm.em.getConnection().execute('select 1'), deps.redis.ping()]);
      return { ok: true };
    } catch (error) {
      app.log.warn({ err: error }, 'health check failed');
      return reply.code(503).send({ ok: false });
    }
  });

  // Fastify's own 404 would log the URL in its message (an /invite/<token> path among them).
  const webDist = options.webDist;
  if (webDist) await registerWebApp(app, webDist);
  app.setNotFoundHandler((req, reply) => {
    if (webDist && isAppPage(req)) return reply.sendFile('index.html');
    return reply.code(404).send(errorBody(404, 'Not found.'));
  });
  return app;
}
