import swagger, { type FastifyDynamicSwaggerOptions } from '@fastify/swagger';
import { apiKeyScopeLabels, sessionCookieName } from '@roster/core';
import type { FastifyInstance } from 'fastify';
import { createJsonSchemaTransform, createJsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { z } from 'zod';

type SwaggerTransform = NonNullable<FastifyDynamicSwaggerOptions['transform']>;
type TransformInput = Parameters<SwaggerTransform>[0];
type JsonObject = Record<string, unknown>;

const zodTransform = createJsonSchemaTransform({ skipList: [] });
const zodTransformObject = createJsonSchemaTransformObject({});

interface ResponseDoc {
  description?: string;
  content?: Record<string, unknown>;
  headers?: JsonObject;
}

/**
 * A route's zod schemas → the document's JSON Schemas (fastify-type-provider-zod), keeping what
 * that transform drops: the headers of each response, and "no body" (`content: {}`) as such.
 */
export const transformRoute: SwaggerTransform = (input: TransformInput) => {
  const result = zodTransform(input) as { schema: JsonObject & { response?: JsonObject }; url: string };
  const declared = (input.schema as { response?: Record<string, ResponseDoc> } | undefined)?.response;
  const responses = result.schema?.response;
  if (!declared || !responses) return result;
  for (const [status, doc] of Object.entries(declared)) {
    if (doc.content && Object.keys(doc.content).length === 0)
      responses[status] = { type: 'null', description: doc.description, headers: doc.headers };
    else if (doc.headers) (responses[status] as JsonObject).headers = doc.headers;
  }
  return result;
};

/** What a route with a raw (unparsed) body adds to its operation: the body and request headers. */
export interface RawBodyDoc {
  /** The body's media types and what the body is. */
  body?: { contentTypes: readonly string[]; description: string } | undefined;
  /** Request headers (documented; the route checks them itself). */
  headers?: z.ZodObject | undefined;
}

/**
 * The transform of a route that reads its body itself (uploads): Fastify never parses or
 * validates that body, so the document learns of it (and of its headers) from here.
 */
export function rawBodyTransform(doc: RawBodyDoc): SwaggerTransform {
  return (input: TransformInput) => {
    const result = transformRoute(input) as { schema: JsonObject; url: string };
    if (doc.body) {
      result.schema.body = { type: 'string', format: 'binary', description: doc.body.description };
      result.schema.consumes = [...doc.body.contentTypes];
    }
    if (doc.headers) result.schema.headers = z.toJSONSchema(doc.headers, { target: 'draft-2020-12' });
    return result;
  };
}

/** Every `$ref` target used anywhere in `value`. */
function refsIn(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) refsIn(v, found);
  else if (value && typeof value === 'object')
    for (const [key, v] of Object.entries(value)) {
      if (key === '$ref' && typeof v === 'string') found.add(v.replace('#/components/schemas/', ''));
      else refsIn(v, found);
    }
  return found;
}

/**
 * The named schemas, with only those the document uses: the transform emits an input and an output
 * version of each, and only outputs are referenced (inputs are inlined in their operations).
 */
const transformDocument: NonNullable<FastifyDynamicSwaggerOptions['transformObject']> = (input) => {
  const document = zodTransformObject(input) as JsonObject & { components: { schemas: JsonObject } };
  const schemas = document.components.schemas;
  const used = refsIn(document.paths);
  for (let size = 0; size !== used.size;) {
    size = used.size;
    for (const name of [...used]) refsIn(schemas[name], used);
  }
  for (const name of Object.keys(schemas)) if (!used.has(name)) delete schemas[name];
  return document as ReturnType<NonNullable<FastifyDynamicSwaggerOptions['transformObject']>>;
};

const scopeList = Object.entries(apiKeyScopeLabels)
  .map(([scope, label]) => `\`${scope}\` (${label})`)
  .join(', ');

const description = `The REST API of Roster, for applications in any language: projects, folders and assets, their bytes (uploads, downloads, zips) and the organization's usage.

Authenticate with an API key (\`Authorization: Bearer rst_…\`), created by an owner or admin of the organization, or with the web app's session cookie. Errors are \`application/problem+json\` (RFC 9457) with a machine-readable \`reason\`. Lists are pages: \`{items, nextCursor}\` and a \`Link: <…>; rel="next"\` header. Requests with a key are rate-limited per key (\`RateLimit-Limit\`, \`RateLimit-Remaining\`, \`RateLimit-Reset\`; 429 with \`Retry-After\`) and count towards the organization's monthly usage.`;

/**
 * @fastify/swagger in the /v1 context: it collects the routes registered after it (the document is
 * generated from their zod schemas, never written by hand) and serves nothing itself.
 */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Roster API', version: '1.0.0', description },
      // Relative: the document is right wherever Roster is served from.
      servers: [{ url: '/v1', description: 'This Roster server' }],
      components: {
        securitySchemes: {
          apiKey: {
            type: 'http',
            scheme: 'bearer',
            bearerFormat: 'rst_ + 32 base62 characters + a 6-character checksum',
            description: `An API key of the organization: \`Authorization: Bearer rst_…\`. Its scopes decide what it may do: ${scopeList}; it may be limited to some projects. A revoked or expired key is refused (401).`,
          },
          session: {
            type: 'apiKey',
            in: 'cookie',
            name: sessionCookieName,
            description:
              "The web app's session cookie. Changes (POST, PATCH, DELETE) need an `Origin` header equal to the app's URL (else 403 `CSRF_ORIGIN_MISMATCH`); where no project, folder or asset in the path implies the organization, name it with `?orgId=`.",
          },
        },
      },
    },
    transform: transformRoute,
    transformObject: transformDocument,
  });
}
