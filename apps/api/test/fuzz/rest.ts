// /v1 for the fuzz test: generated requests to every REST route (ids, queries, bodies, headers of
// every sort) and the contract each answer keeps: below 500, and an error is problem+json.
import fc from 'fast-check';
import type { Req, Res } from './http.js';
import { nasty } from './nasty.js';

/** Percent-encodes the UTF-8 of any string (lone surrogates too, as U+FFFD), for a path or query. */
const pct = (value: string) =>
  [...Buffer.from(value, 'utf8')]
    .map((b) =>
      /[\w.~-]/.test(String.fromCharCode(b)) && b < 0x80
        ? String.fromCharCode(b)
        : `%${b.toString(16).padStart(2, '0')}`,
    )
    .join('');

/** Ids worth aiming at: the caller's own things, another organization's, and garbage. */
export interface RestTargets {
  origin: string;
  cookie: string;
  mine: { orgId: string; projectId: string; folderId: string; assetId: string };
  theirs: { orgId: string; projectId: string; folderId: string; assetId: string };
}

/** The REST routes, with `{id}` where an id goes. */
export const restRoutes = [
  '/v1/projects',
  '/v1/projects/{id}/items',
  '/v1/projects/{id}/folders',
  '/v1/projects/{id}/assets',
  '/v1/folders/{id}',
  '/v1/folders/{id}/zip',
  '/v1/assets/{id}',
  '/v1/assets/{id}/content',
  '/v1/uploads',
  '/v1/uploads/{id}',
];

/** Why an answer of /v1 breaks the contract, or null. tus answers (/v1/uploads) are only held below 500. */
export function restProblemWith(req: Req, res: Res): string | null {
  if (res.status >= 500) return `status ${res.status}`;
  if (res.status < 400 || req.method === 'HEAD' || req.path.startsWith('/v1/uploads')) return null;
  // Headers over 16 KiB are refused by Node's parser before any route is known (http-errors.ts).
  if (res.status === 431) return null;
  if (!String(res.headers['content-type']).startsWith('application/problem+json'))
    return `status ${res.status} with content type ${String(res.headers['content-type'])}`;
  let body: Record<string, unknown>;
  try {
    body = JSON.parse(res.text) as Record<string, unknown>;
  } catch {
    return `status ${res.status} with a body that is not JSON`;
  }
  if (body.status !== res.status) return `problem status ${String(body.status)} ≠ ${res.status}`;
  for (const field of ['type', 'title', 'detail', 'reason'])
    if (typeof body[field] !== 'string' || body[field] === '') return `a problem without ${field}`;
  return null;
}

/** Which kind of id a route's `{id}` takes. */
const idKind = (route: string): keyof RestTargets['mine'] =>
  route.startsWith('/v1/projects/') ? 'projectId' : route.startsWith('/v1/folders/') ? 'folderId' : 'assetId';

export function restCaseArbitrary(t: RestTargets): fc.Arbitrary<Req> {
  const ids = Object.values(t.mine).concat(Object.values(t.theirs));
  // Mostly the right kind of id of the caller's own organization (to get past NOT_FOUND), then
  // another organization's, any id, and garbage.
  const idFor = (route: string) =>
    fc.oneof(
      { weight: 8, arbitrary: fc.constant(t.mine[idKind(route)]) },
      { weight: 2, arbitrary: fc.constant(t.theirs[idKind(route)]) },
      { weight: 2, arbitrary: fc.constantFrom(...ids) },
      fc.uuid(),
      fc.constantFrom(
        t.mine.assetId.toUpperCase(),
        `${t.mine.folderId}0`,
        '..',
        '%2e%2e',
        '%00',
        '%',
        'x'.repeat(4000),
        '00000000-0000-0000-0000-000000000000',
      ),
      fc.string().map(pct),
    );
  const text = fc
    .oneof(fc.string(), fc.string({ unit: 'grapheme', maxLength: 80 }), nasty)
    .filter((s) => s.length < 2000);
  const queryKey = fc.constantFrom(
    'orgId',
    'folderId',
    'search',
    'sort',
    'order',
    'cursor',
    'limit',
    'name',
    'onConflict',
  );
  const queryValue = fc.oneof(
    fc.constantFrom(
      ...ids,
      'root',
      '',
      'name',
      'size',
      'date',
      'asc',
      'desc',
      '0',
      '1',
      '200',
      '201',
      '-1',
      '1e3',
      'rename',
      'replace',
    ),
    text,
  );
  const query = fc
    .array(fc.tuple(queryKey, queryValue), { maxLength: 4 })
    .map((pairs) => (pairs.length ? `?${pairs.map(([k, v]) => `${k}=${pct(v)}`).join('&')}` : ''));
  const bodyValue = fc.oneof(
    fc.constantFrom(...ids, null, 'root', 'rename', 'replace', 'fail', 'New folder', '.', '..', 'a/b', 'CON'),
    text,
    fc.integer(),
    fc.boolean(),
    fc.constant({}),
    fc.constant([]),
  );
  const bodyKey = fc.constantFrom(
    'name',
    'parentId',
    'folderId',
    'projectId',
    'onConflict',
    'orgId',
    'kind',
    '__proto__',
  );
  const validBody = fc.record(
    {
      name: fc.oneof(
        fc.constantFrom('Fuzz folder', 'fuzz.bin', 'Été 📄'),
        fc.string({ minLength: 1, maxLength: 40 }),
      ),
      parentId: fc.constantFrom(null, t.mine.folderId, t.theirs.folderId),
      folderId: fc.constantFrom(null, t.mine.folderId),
      onConflict: fc.constantFrom('rename', 'fail', 'replace'),
    },
    { requiredKeys: ['name'] },
  );
  const body = fc.oneof(
    { weight: 4, arbitrary: validBody.map((o) => JSON.stringify(o)) },
    fc.constant(undefined),
    fc.dictionary(bodyKey, bodyValue, { maxKeys: 4 }).map((o) => JSON.stringify(o)),
    fc.constantFrom('{', 'null', '[]', '"x"', '{"name":', '\u0000', ''),
    fc.uint8Array({ maxLength: 300 }).map((a) => Buffer.from(a)),
  );
  const range = fc.oneof(
    fc.constantFrom(
      'bytes=0-0',
      'bytes=-1',
      'bytes=5-',
      'bytes=9999999999-',
      'bytes=-0',
      'bytes=1-0',
      'bytes=0-1,3-4',
      'bytes=abc',
      'bytes=--1',
      'bytes=0-99999999999999999999999',
      'pages=1-2',
      'bytes',
      '=',
    ),
    fc.string({ unit: 'grapheme-ascii' }).map((s) => `bytes=${s}`),
  );
  const headers = fc.record(
    {
      cookie: fc.constantFrom(t.cookie, t.cookie, t.cookie, t.cookie, t.cookie, 'roster_session=nope', ''),
      origin: fc.constantFrom(t.origin, t.origin, t.origin, t.origin, 'https://evil.example', 'null'),
      'content-type': fc.constantFrom(
        'application/json',
        'application/json',
        'application/json',
        'application/json',
        'text/plain',
        'application/octet-stream',
        'multipart/form-data; boundary=x',
      ),
      range,
      'if-none-match': fc.oneof(
        fc.constantFrom('*', 'W/"x"', '"x", *', '""'),
        fc.string({ unit: 'grapheme-ascii' }),
      ),
      'if-range': fc.constantFrom('"x"', 'Mon, 01 Jan 2024 00:00:00 GMT', ''),
      'tus-resumable': fc.constantFrom('1.0.0', '0.2', ''),
      'upload-length': fc.constantFrom('10', '-1', 'x', '99999999999999999999'),
    },
    { requiredKeys: ['cookie', 'origin', 'content-type'] },
  );
  return fc
    .constantFrom(...restRoutes)
    .chain((route) =>
      fc.record({
        method: fc.constantFrom('GET', 'GET', 'GET', 'POST', 'PATCH', 'DELETE', 'HEAD', 'PUT', 'OPTIONS'),
        route: fc.constant(route),
        id: idFor(route),
        query,
        body,
        headers,
      }),
    )
    .map(({ method, route, id, query, body, headers }) => {
      const clean = Object.fromEntries(Object.entries(headers).filter(([, v]) => v !== '')) as Record<
        string,
        string
      >;
      return {
        method,
        path: `${route.replace('{id}', id)}${query}`,
        headers: clean,
        ...(body !== undefined && method !== 'GET' && method !== 'HEAD' ? { body } : {}),
      };
    });
}
