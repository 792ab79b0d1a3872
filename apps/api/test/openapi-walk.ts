// The contract walk of openapi.test.ts: one real request per documented operation of /v1, and the
// check that its answer is one the document describes (status, then body against the schema).
import { z } from 'zod';
import { send, type Api, type Reply, type SendOptions } from './upload-fixtures.js';

export interface OpenApiDocument {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown> };
}
interface Operation {
  parameters?: { name: string; in: string; required?: boolean }[];
  responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
}

/** Every documented operation as `METHOD /path` (paths as the document has them, under /v1). */
export function operationsOf(doc: OpenApiDocument): string[] {
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
  );
}

/** A request of the walk: path parameters filled in, the rest as a client sends it. */
export interface WalkRequest extends SendOptions {
  path: string;
  query?: Record<string, string>;
}

/** Who the walk calls as: a session (cookie, the app's Origin) or an API key (no Origin). */
export type Credential = { cookie: string } | { key: string };

export function callAs(api: Api, who: Credential, method: string, req: WalkRequest): Promise<Reply> {
  const query = req.query ? `?${new URLSearchParams(req.query).toString()}` : '';
  const auth: SendOptions =
    'cookie' in who
      ? { cookie: who.cookie }
      : { origin: null, headers: { ...req.headers, authorization: `Bearer ${who.key}` } };
  return send(api, method, `/v1${req.path}${query}`, {
    ...req,
    ...auth,
    headers: { ...req.headers, ...auth.headers },
  });
}

/** The documented schema of an answer (its status and media type), compiled with zod. */
function schemaOf(doc: OpenApiDocument, operation: Operation, status: number, mediaType: string) {
  const content = operation.responses[String(status)]?.content ?? {};
  const media = content[mediaType];
  if (!media) return null;
  const defs = JSON.parse(
    JSON.stringify(doc.components.schemas).replaceAll('#/components/schemas/', '#/$defs/'),
  );
  const schema = JSON.parse(JSON.stringify(media.schema).replaceAll('#/components/schemas/', '#/$defs/'));
  return z.fromJSONSchema({ ...schema, $defs: defs });
}

/**
 * Why an answer is not one the document gives for `METHOD path`, or null: a status it does not
 * list, a media type it does not list for that status, a JSON body its schema refuses, or a body
 * where it documents none.
 */
export function contractBreach(
  doc: OpenApiDocument,
  operation: string,
  method: string,
  res: Reply,
): string | null {
  const [, path] = operation.split(' ') as [string, string];
  const op = doc.paths[path]?.[method.toLowerCase()];
  if (!op) return `${operation} is not documented`;
  const documented = op.responses[String(res.status)];
  if (!documented)
    return `status ${res.status} is not documented (${Object.keys(op.responses).join(', ')}): ${res.text.slice(0, 300)}`;
  const mediaType = String(res.headers['content-type'] ?? '')
    .split(';')[0]!
    .trim();
  if (!documented.content || Object.keys(documented.content).length === 0)
    return res.text === ''
      ? null
      : `status ${res.status} documents no body, got ${mediaType}: ${res.text.slice(0, 100)}`;
  if (method === 'HEAD') return res.text === '' ? null : 'a HEAD answer with a body';
  if (!mediaType.endsWith('json')) return null;
  const schema = schemaOf(doc, op, res.status, mediaType);
  if (!schema)
    return `status ${res.status} does not document ${mediaType} (${Object.keys(documented.content).join(', ')})`;
  const parsed = schema.safeParse(res.json());
  return parsed.success
    ? null
    : `the body does not match its schema: ${parsed.error.message}\n${res.text.slice(0, 500)}`;
}
