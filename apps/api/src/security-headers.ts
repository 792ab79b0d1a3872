import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/**
 * The Content-Security-Policy of the built web app: its own scripts only (Vite emits no inline
 * script), styles from itself plus inline style attributes (React and Radix position popovers and
 * dialogs through `style="…"`), images and fonts from itself or data: URLs, requests to itself
 * only, and no framing by any site (clickjacking).
 */
function contentSecurityPolicy(https: boolean) {
  return { useDefaults: false, directives: appDirectives(https) };
}

function appDirectives(https: boolean): Record<string, string[]> {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'script-src-attr': ["'none'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
    // Over plain http (development, a LAN install) upgrading would break every request.
    ...(https ? { 'upgrade-insecure-requests': [] } : {}),
  };
}

/**
 * The policy of the API documentation page (/v1/docs, Scalar): the app's, plus its one inline
 * script (the reference's configuration) allowed by its hash. Everything else — scripts from
 * itself only, requests to itself only — stays as strict as the app's.
 */
export function docsContentSecurityPolicy(https: boolean, inlineScriptHashes: string[]): string {
  const directives = appDirectives(https);
  directives['script-src'] = [
    ...directives['script-src']!,
    ...inlineScriptHashes.map((h) => `'sha256-${h}'`),
  ];
  return Object.entries(directives)
    .map(([name, values]) => [name, ...values].join(' '))
    .join('; ');
}

/**
 * Security headers on every response (@fastify/helmet). `Referrer-Policy: no-referrer` keeps the
 * token of an invitation, verification or reset page out of the Referer of anything that page
 * loads or links to. HSTS only when Roster is served over https (APP_URL), since a browser would
 * otherwise refuse the plain-http site for a year.
 */
export async function registerSecurityHeaders(app: FastifyInstance, options: { https: boolean }) {
  await app.register(helmet, {
    global: true,
    contentSecurityPolicy: contentSecurityPolicy(options.https),
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: options.https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
  });
}
