// A generated fuzz case (an input, the request's shape, origin, cookie and content type) and the
// request it becomes.
import fc from 'fast-check';
import type { Account } from './account.js';
import { appOrigin } from './account.js';
import { arbitraries } from './arbitraries.js';
import type { Req } from './http.js';
import { encodeQuery } from './http.js';
import type { Procedure } from './procedures.js';

export interface Case {
  input: unknown;
  second: unknown;
  shape: 'plain' | 'batch' | 'unkeyed-batch' | 'raw';
  raw: string;
  origin: string | undefined;
  fetchSite: string | undefined;
  /** `mine` stands for the live session cookie. */
  cookie: string | undefined;
  contentType: string | undefined;
}

/** Text that is not quite JSON. */
const rawText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom(
    '{',
    '[',
    '{"orgId":',
    '{"orgId":"',
    'undefined',
    "{'a':1}",
    '\ufeff{}',
    '{"0":',
    '{"0":{"json":',
    '1'.repeat(400),
    '[1,]',
    '{"a":1,}',
    'nul',
    '"',
  ),
  fc
    .jsonValue()
    .map((v) => JSON.stringify(v) ?? '')
    .map((s) => s.slice(0, Math.max(0, s.length - 1))),
);

const cookie = (signedIn: boolean) => {
  const junk = fc.oneof(
    fc.string({ unit: 'grapheme-ascii' }).map((v) => `roster_session=${v}`),
    fc.constantFrom(
      'roster_session=',
      'roster_session',
      '=',
      ';',
      'roster_session=x; roster_session=y',
      `roster_session=${'a'.repeat(40)}`,
    ),
  );
  return signedIn
    ? fc.oneof(
        { weight: 8, arbitrary: fc.constant('mine') },
        { weight: 1, arbitrary: junk.map((j) => `mine; ${j}`) },
        { weight: 1, arbitrary: fc.constant('theme=dark; mine') },
      )
    : fc.oneof({ weight: 6, arbitrary: fc.constant(undefined) }, { weight: 2, arbitrary: junk });
};

/** Cases for a procedure with these input fields, signed in (as `fixtures.me`) or not. */
export function caseArbitrary(
  keys: string[],
  signedIn: boolean,
  fixtures: { me: Account; other: Account },
): fc.Arbitrary<Case> {
  const a = arbitraries(fixtures);
  return fc.record({
    input: a.inputFor(keys),
    second: a.inputFor(keys),
    shape: fc.constantFrom<Case['shape']>(
      'plain',
      'plain',
      'plain',
      'plain',
      'plain',
      'plain',
      'batch',
      'unkeyed-batch',
      'raw',
    ),
    raw: rawText,
    // Mostly the app's own origin, so the CSRF check does not hide what lies behind it.
    origin: fc.oneof(
      { weight: 10, arbitrary: fc.constant(appOrigin) },
      {
        weight: 1,
        arbitrary: fc.constantFrom('https://evil.example', 'null', `${appOrigin}/`, undefined),
      },
    ),
    fetchSite: fc.oneof(
      { weight: 10, arbitrary: fc.constantFrom(undefined, 'same-origin') },
      { weight: 1, arbitrary: fc.constantFrom('cross-site', 'none', 'same-site') },
    ),
    cookie: cookie(signedIn),
    contentType: fc.oneof(
      { weight: 12, arbitrary: fc.constantFrom('application/json', 'application/json; charset=utf-8') },
      {
        weight: 1,
        arbitrary: fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', undefined),
      },
    ),
  });
}

/** The request a case becomes, with `session` for the live session cookie. */
export function requestFor(
  proc: Pick<Procedure, 'path' | 'type'>,
  c: Case,
  session: string,
): { req: Req; batch: boolean } {
  const headers: Record<string, string> = {};
  if (c.cookie !== undefined) headers.cookie = c.cookie.replace('mine', session);
  if (c.origin !== undefined) headers.origin = c.origin;
  if (c.fetchSite !== undefined) headers['sec-fetch-site'] = c.fetchSite;
  const batch = c.shape === 'batch' || c.shape === 'unkeyed-batch';
  const path = batch ? `/trpc/${proc.path},${proc.path}?batch=1` : `/trpc/${proc.path}`;
  const payload =
    c.shape === 'raw'
      ? c.raw
      : c.shape === 'batch'
        ? JSON.stringify({ 0: c.input, 1: c.second })
        : c.input === undefined
          ? undefined
          : JSON.stringify(c.input);
  if (proc.type === 'query') {
    const query = payload === undefined ? '' : `${batch ? '&' : '?'}input=${encodeQuery(payload)}`;
    return { req: { method: 'GET', path: path + query, headers }, batch };
  }
  if (c.contentType !== undefined) headers['content-type'] = c.contentType;
  return { req: { method: 'POST', path, headers, body: payload ?? '' }, batch };
}
