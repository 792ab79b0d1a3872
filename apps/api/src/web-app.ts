import { sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyRequest } from 'fastify';

/** Vite names everything under assets/ by its content hash: a new release gets new names. */
const immutable = 'public, max-age=31536000, immutable';
/**
 * index.html names the current release's assets, and public/theme.js (unhashed, run before the
 * first paint) must match its styles: the browser checks them (ETag) on every visit.
 */
const revalidate = 'no-cache';
/** Other public files keep their names across releases (favicon.svg): cached a little while. */
const shortLived = 'public, max-age=3600';

function cacheControl(root: string, path: string): string {
  if (path.startsWith(`${root}${sep}assets${sep}`)) return immutable;
  if (/\.(?:html|js)(?:\.br|\.gz)?$/.test(path)) return revalidate;
  return shortLived;
}

/**
 * The built web app (apps/web/dist) at `/`. Its build writes a brotli (`.br`) and a gzip (`.gz`)
 * copy of each text file: the one the browser accepts is sent as it is (`preCompressed`), with
 * `Vary: Accept-Encoding`. Source maps are not built; none would be served, nor the compressed
 * copies under their own names, nor dist/.vite (the build manifest: dot directories are skipped).
 */
export async function registerWebApp(app: FastifyInstance, webDist: string): Promise<void> {
  const root = webDist.endsWith(sep) ? webDist.slice(0, -1) : webDist;
  await app.register(fastifyStatic, {
    root,
    wildcard: false,
    index: false,
    preCompressed: true,
    globIgnore: ['**/*.map', '**/*.br', '**/*.gz'],
    setHeaders: (reply, path) => void reply.header('cache-control', cacheControl(root, path)),
  });
}

/**
 * Whether a request not matched by any route is a page of the web app (a client-side route such
 * as /orgs/…/members) that index.html answers; asset, source map and API paths stay 404s.
 */
export function isAppPage(req: FastifyRequest): boolean {
  const path = req.url.split('?')[0]!;
  return (
    req.method === 'GET' &&
    !path.startsWith('/trpc') &&
    !path.startsWith('/assets/') &&
    !path.endsWith('.map')
  );
}
