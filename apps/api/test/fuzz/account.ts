// The signed-up users the fuzz test sends requests as, signed up over real HTTP.
import { randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import type { Http } from './http.js';

export const appOrigin = 'http://roster.test';
export const password = 'violet-otter-17-lantern';

export interface Account {
  cookie: string;
  userId: string;
  orgId: string;
  email: string;
}

export async function signUpOverHttp(http: Http, label: string): Promise<Account> {
  const email = `${label}-${randomBytes(3).toString('hex')}@example.com`;
  const res = await http.send({
    method: 'POST',
    path: '/trpc/auth.signUp',
    headers: { 'content-type': 'application/json', origin: appOrigin },
    body: JSON.stringify({ email, password, name: label, companyName: `${label} Inc` }),
  });
  expect(res.status, res.text).toBe(200);
  const data = (JSON.parse(res.text) as { result: { data: { user: { id: string }; orgId: string } } }).result
    .data;
  const cookie = res.setCookie.find((c) => c.startsWith('roster_session='))!.split(';')[0]!;
  return { cookie, userId: data.user.id, orgId: data.orgId, email };
}
