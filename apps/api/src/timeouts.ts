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
   * KiB). Node applies it to every route: when large streamed uploads arrive under /v1, they get
   * a per-route guard (a minimum transfer rate) and this server-wide deadline moves to a per-route
   * hook on /trpc and the pages, rather than being raised for everyone.
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
    requestTimeout: t.request,
    http: { headersTimeout: Math.min(t.headers, t.request), connectionsCheckingInterval: t.checkInterval },
  };
}
