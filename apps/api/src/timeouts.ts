/**
 * How long a client may take, so that slow or stalled connections cannot pile up and exhaust the
 * server (a "slowloris" holding hundreds of connections open by sending a byte now and then).
 * Milliseconds.
 */
export interface Timeouts {
  /** To send the whole request line and headers. */
  headers: number;
  /**
   * To send the whole request, headers and body. tRPC bodies are at most 1 MiB (usually a few
   * KiB). Enforced by a hook (request-deadline.ts) on every route but the streamed uploads of /v1
   * (`config: { longBody: true }`), which guard a minimum transfer rate themselves.
   */
  request: number;
  /** A socket with no traffic either way for this long is closed. */
  idle: number;
  /** An idle kept-alive connection waits this long for its next request. */
  keepAlive: number;
  /** How often Node looks for connections past the headers or request deadline. */
  checkInterval: number;
}

/**
 * Keep-alive stays above the 60 s idle timeout of common load balancers (otherwise they reuse a
 * connection the server is closing and answer 502).
 */
export const defaultTimeouts: Timeouts = {
  headers: 10_000,
  request: 30_000,
  idle: 120_000,
  keepAlive: 72_000,
  checkInterval: 5_000,
};

/** The Fastify (and Node http.Server) options that enforce them. */
export function timeoutOptions(t: Timeouts) {
  return {
    connectionTimeout: t.idle,
    keepAliveTimeout: t.keepAlive,
    // The request deadline is enforceRequestDeadline's (per route: streamed uploads are exempt).
    requestTimeout: 0,
    http: {
      headersTimeout: t.request > 0 ? Math.min(t.headers, t.request) : t.headers,
      connectionsCheckingInterval: t.checkInterval,
    },
  };
}
