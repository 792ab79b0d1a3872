import type { FastifyInstance } from 'fastify';
import { handleClientError } from './http-errors.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * The route takes bodies that may take long to arrive (streamed uploads): the request deadline
     * does not apply; the route guards its own transfer rate.
     */
    longBody?: boolean;
  }
}

/**
 * The whole request (headers and body) must have arrived `ms` after it started, except on routes
 * marked `longBody`: Node's own requestTimeout cannot be lifted per route, so it is off and this
 * hook does its job. Past the deadline the client gets a 408 and the connection is closed, as
 * Node would do.
 */
export function enforceRequestDeadline(app: FastifyInstance, ms: number): void {
  if (ms <= 0) return;
  app.addHook('onRequest', (req, reply, done) => {
    if (req.raw.complete || req.routeOptions.config.longBody) return done();
    const timer = setTimeout(() => {
      if (req.raw.complete) return;
      const socket = req.raw.socket;
      if (reply.raw.headersSent) socket.destroy();
      else
        handleClientError(
          Object.assign(new Error('request timeout'), { code: 'ERR_HTTP_REQUEST_TIMEOUT' }),
          socket,
        );
    }, ms);
    timer.unref();
    reply.raw.once('close', () => clearTimeout(timer));
    req.raw.once('end', () => clearTimeout(timer));
    done();
  });
}
