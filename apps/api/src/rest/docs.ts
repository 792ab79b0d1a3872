import { createHash } from 'node:crypto';
import scalar from '@scalar/fastify-api-reference';
import type { FastifyInstance } from 'fastify';
import { docsContentSecurityPolicy } from '../security-headers.js';

/** The bodies of the inline `<script>` elements of an HTML page. */
function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
}

/**
 * Interactive documentation at /v1/docs (Scalar's Fastify plugin), served from this server: its
 * script is bundled in the package (no CDN), it reads /v1/openapi.json, and it loads no fonts or
 * anything else from elsewhere. The page's one inline script (the configuration Scalar renders)
 * is allowed by its SHA-256 in this page's Content-Security-Policy; nothing else is relaxed.
 */
export async function registerDocs(app: FastifyInstance, options: { https: boolean }): Promise<void> {
  await app.register(async (docs) => {
    // helmet's policy is replaced on these routes by the one below (computed from the page itself).
    docs.addHook('onRoute', (route) => {
      route.config = { ...route.config, helmet: { contentSecurityPolicy: false } } as typeof route.config;
    });
    docs.addHook('onSend', async (_req, reply, payload) => {
      const hashes =
        typeof payload === 'string' && String(reply.getHeader('content-type')).startsWith('text/html')
          ? inlineScripts(payload).map((s) => createHash('sha256').update(s).digest('base64'))
          : [];
      reply.header('content-security-policy', docsContentSecurityPolicy(options.https, hashes));
      return payload;
    });
    await docs.register(scalar, {
      routePrefix: '/docs',
      configuration: {
        url: '/v1/openapi.json',
        pageTitle: 'Roster API',
        withDefaultFonts: false,
        telemetry: false,
        showDeveloperTools: 'never',
        // Scalar's hosted extras (its AI agent, MCP generation) would reach its servers: off.
        agent: { disabled: true },
        mcp: { disabled: true },
      },
    });
  });
}
