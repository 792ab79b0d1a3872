// Raw garbage for every procedure: broken JSON, odd content types, methods, paths and batches,
// origins and cookies of every sort. Each case must still be answered below 500, in tRPC's shape.
import { appOrigin } from './account.js';
import type { Req } from './http.js';
import { encodeQuery } from './http.js';
import { procedures } from './procedures.js';

export interface GarbageCase {
  req: Req;
  batch?: boolean;
}

/** The cases, in order; `myCookie` is a live session cookie. */
export function garbageCases(myCookie: string): GarbageCase[] {
  const mutation = procedures.find((p) => p.type === 'mutation')!;
  const query = procedures.find((p) => p.type === 'query')!;
  const json = { 'content-type': 'application/json', origin: appOrigin };
  const mineCookie = () => ({ cookie: myCookie });
  const bodies = [
    '',
    '{',
    '{"name":',
    'null',
    '[]',
    '"x"',
    '\ufeff{"name":"x"}',
    '{"name":"x"}{"name":"y"}',
    '['.repeat(50_000) + ']'.repeat(50_000),
    JSON.stringify({ name: 'x'.repeat(900_000) }),
  ];
  const cases: GarbageCase[] = [];
  for (const proc of procedures) {
    for (const cookie of [{}, mineCookie()]) {
      if (proc.type === 'mutation') {
        for (const body of bodies)
          cases.push({
            req: { method: 'POST', path: `/trpc/${proc.path}`, headers: { ...json, ...cookie }, body },
          });
        for (const contentType of [
          'text/plain',
          'application/json; charset=utf-16',
          'multipart/form-data; boundary=x',
        ])
          cases.push({
            req: {
              method: 'POST',
              path: `/trpc/${proc.path}`,
              headers: { 'content-type': contentType, origin: appOrigin, ...cookie },
              body: '--x\r\n{}',
            },
          });
        cases.push({
          req: { method: 'POST', path: `/trpc/${proc.path}`, headers: { origin: appOrigin, ...cookie } },
        });
        cases.push({ req: { method: 'GET', path: `/trpc/${proc.path}?input=%7B%7D`, headers: cookie } });
      } else {
        for (const input of [
          '',
          '%7B',
          'null',
          '%5B%5D',
          '%22x%22',
          '%E0%A4%A',
          '%00',
          encodeQuery('['.repeat(1500) + ']'.repeat(1500)),
        ])
          cases.push({
            req: { method: 'GET', path: `/trpc/${proc.path}?input=${input}`, headers: cookie },
          });
        cases.push({ req: { method: 'GET', path: `/trpc/${proc.path}?input=1&input=2`, headers: cookie } });
        cases.push({
          req: { method: 'POST', path: `/trpc/${proc.path}`, headers: { ...json, ...cookie }, body: '{}' },
        });
      }
      for (const method of ['PUT', 'DELETE', 'PATCH', 'OPTIONS'])
        cases.push({
          req: { method, path: `/trpc/${proc.path}`, headers: { ...json, ...cookie }, body: '{}' },
        });
    }
  }
  // Batches: broken inputs, unknown or mixed procedures, many calls at once.
  const qb = `/trpc/${query.path},${query.path}?batch=1`;
  for (const input of [
    '5',
    'null',
    '%5B1%2C2%5D',
    '%7B%220%22%3A%7B%7D%7D',
    '%7B%2299%22%3A1%7D',
    '%7B',
    '%7B%22-1%22%3A1%2C%22x%22%3A2%7D',
  ])
    cases.push({
      req: { method: 'GET', path: `${qb}&input=${input}`, headers: mineCookie() },
      batch: true,
    });
  cases.push({
    req: { method: 'GET', path: `/trpc/${query.path},nope.nope?batch=1`, headers: mineCookie() },
    batch: true,
  });
  cases.push({
    req: { method: 'GET', path: `/trpc/${query.path},${mutation.path}?batch=1`, headers: mineCookie() },
    batch: true,
  });
  cases.push({ req: { method: 'GET', path: `/trpc/,,,?batch=1`, headers: {} }, batch: true });
  cases.push({
    req: {
      method: 'GET',
      path: `/trpc/${Array(300).fill(query.path).join(',')}?batch=1`,
      headers: mineCookie(),
    },
    batch: true,
  });
  cases.push({ req: { method: 'GET', path: `/trpc/${query.path}?batch=yes`, headers: {} }, batch: true });
  cases.push({ req: { method: 'GET', path: `/trpc/${query.path}?batch=0`, headers: {} } });
  for (const body of ['[1]', '{"0":{', '"x"', '{"0":null,"1":{"name":"x"}}'])
    cases.push({
      req: {
        method: 'POST',
        path: `/trpc/${mutation.path},${mutation.path}?batch=1`,
        headers: { ...json, ...mineCookie() },
        body,
      },
      batch: true,
    });
  // Paths that name no procedure.
  for (const path of [
    'nope',
    'auth',
    'auth.',
    '.me',
    'auth..me',
    '%F0%9F%A6%A6',
    'org.get%00',
    '__proto__',
    'constructor',
    'toString',
    'auth.__proto__',
    'x'.repeat(4000),
  ])
    cases.push({ req: { method: 'GET', path: `/trpc/${path}`, headers: {} } });
  // Origins and cookies of every sort, on a mutation that a session could abuse.
  for (const origin of [
    'null',
    'https://evil.example',
    appOrigin.toUpperCase(),
    `${appOrigin}:80`,
    '',
    'x'.repeat(8000),
  ])
    cases.push({
      req: {
        method: 'POST',
        path: `/trpc/${mutation.path}`,
        headers: { ...json, ...mineCookie(), origin },
        body: '{}',
      },
    });
  for (const cookie of [
    'roster_session',
    '=',
    ';;;',
    `roster_session=${'a'.repeat(8000)}`,
    'roster_session=\u00ff',
    `${myCookie};${myCookie}`,
  ])
    cases.push({
      req: {
        method: 'GET',
        path: `/trpc/${query.path}`,
        headers: { cookie: Buffer.from(cookie, 'latin1').toString('latin1') },
      },
    });
  return cases;
}
