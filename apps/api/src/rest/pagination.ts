import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * `Link: <…>; rel="next"` (RFC 8288) for a page with more after it: the request's own path and
 * query with `cursor` set to the next page's. A reference relative to the request, so it holds
 * behind any proxy.
 */
export function linkNext(req: FastifyRequest, reply: FastifyReply, nextCursor: string | null): void {
  if (!nextCursor) return;
  const url = new URL(req.url, 'http://roster.invalid');
  url.searchParams.set('cursor', nextCursor);
  reply.header('link', `<${url.pathname}${url.search}>; rel="next"`);
}
