// The Roster API as the web app calls it over HTTP: tRPC mutations with the app's Origin (the
// CSRF check) and the session cookie.
import { randomBytes } from 'node:crypto';
import type { Server } from './servers.js';

/** `POST /trpc/<procedure>` as the web app sends it: JSON body, the app's Origin, the cookie. */
export async function mutate(api: Server, procedure: string, input: unknown, cookie?: string) {
  const res = await fetch(`${api.url}/trpc/${procedure}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: api.url, ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(input),
  });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`${procedure} answered ${res.status}: ${text.slice(0, 500)}`);
  return { res, data: (JSON.parse(text) as { result: { data: unknown } }).result.data };
}

/** Signs a new user up (with their company's organization); their cookie and organization. */
export async function signUpAdmin(api: Server) {
  const email = `admin-${randomBytes(4).toString('hex')}@example.com`;
  const input = { email, password: 'violet-otter-17-lantern', name: 'Bench Admin', companyName: 'Bench Inc' };
  const { res, data } = await mutate(api, 'auth.signUp', input);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .find((c) => c.startsWith('roster_session='));
  if (!cookie) throw new Error('auth.signUp set no roster_session cookie');
  return { email, cookie, orgId: (data as { orgId: string }).orgId };
}
