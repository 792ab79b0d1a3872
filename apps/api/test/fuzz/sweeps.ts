// Exhaustive sweeps beside the random fuzzing: a control character in every string field of every
// procedure (the other fields valid, so that the bad one is what reaches the rules and the
// database), and every HTTP method on every path. Bounded and deterministic: no seeds needed.
import type { Account } from './account.js';
import { appOrigin, password } from './account.js';
import type { Req } from './http.js';
import { encodeQuery } from './http.js';
import { procedures, type Procedure } from './procedures.js';

/** C0 and C1 controls, DEL among them. PostgreSQL refuses NUL in text outright. */
export const controlCharacters = [
  '\u0000',
  '\u0001',
  '\u0008',
  '\t',
  '\n',
  '\r',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u009f',
];

/** Fields that take no string at all: left valid, never swept. */
const notText: Record<string, unknown> = { limit: 10, archived: false, includeArchived: false };

/** A valid value for each field of `proc`, so that one bad field at a time is what gets judged. */
function validValue(key: string, proc: Procedure, me: Account): unknown {
  const [libraryId, invitationId] = me.inside ?? [];
  const values: Record<string, unknown> = {
    ...notText,
    orgId: me.orgId,
    projectId: libraryId,
    invitationId,
    userId: me.userId,
    token: 'A'.repeat(43),
    inviteToken: 'A'.repeat(43),
    email: 'sweep@example.com',
    emails: 'sweep@example.com',
    password,
    name: 'Sweep',
    companyName: 'Sweep Co',
    role: proc.path.startsWith('project.') ? 'viewer' : 'member',
    visibility: 'members',
    invitationExpiry: '7d',
    search: 'sweep',
    cursor: 'sweep@example.com',
    description: 'Swept',
    ids: [],
    projects: [],
  };
  return key in values ? values[key] : 'sweep';
}

/** The swept value of a field: its valid value (or the first one inside it) with `c` appended. */
function withControl(valid: unknown, c: string, me: Account): unknown {
  if (Array.isArray(valid)) return [`${me.orgId}${c}`];
  return `${String(valid)}${c}`;
}

function request(proc: Procedure, input: unknown, cookie: string): Req {
  const headers = { cookie, origin: appOrigin, 'content-type': 'application/json' };
  if (proc.type === 'query')
    return { method: 'GET', path: `/trpc/${proc.path}?input=${encodeQuery(JSON.stringify(input))}`, headers };
  return { method: 'POST', path: `/trpc/${proc.path}`, headers, body: JSON.stringify(input) };
}

/** For every procedure and string field: that field carrying each control character (and NUL alone). */
export function controlCharacterCases(me: Account): Req[] {
  const cases: Req[] = [];
  for (const proc of procedures) {
    const valid = Object.fromEntries(proc.keys.map((k) => [k, validValue(k, proc, me)]));
    for (const key of proc.keys.filter((k) => !(k in notText))) {
      for (const c of controlCharacters)
        cases.push(request(proc, { ...valid, [key]: withControl(valid[key], c, me) }, me.cookie));
      cases.push(request(proc, { ...valid, [key]: '\u0000' }, me.cookie));
    }
  }
  return cases;
}

/** Every method Node's parser knows that a client might send, plus one it does not know. */
export const methods = [
  'GET',
  'POST',
  'PUT',
  'PATCH',
  'DELETE',
  'OPTIONS',
  'TRACE',
  'HEAD',
  'PROPFIND',
  'SEARCH',
  'BREW',
];

/** Every method on every procedure's path, /health, the app's pages, and paths that lead nowhere. */
export function methodCases(cookie: string): Req[] {
  const paths = [
    ...procedures.map((p) => `/trpc/${p.path}`),
    '/trpc',
    '/trpc/',
    '/health',
    '/',
    `/invite/${'A'.repeat(43)}`,
    '/assets/missing.js',
    '/nope',
  ];
  return paths.flatMap((path) =>
    methods.map((method) => ({
      method,
      path,
      headers: { cookie, origin: appOrigin, 'content-type': 'application/json' },
      ...(method === 'GET' || method === 'HEAD' ? {} : { body: '{}' }),
    })),
  );
}
