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
  /** Ids of things in the account's organization (see idsInside). */
  inside?: string[];
}

/**
 * Signs up over HTTP; `markVerified` then confirms the email (straight in the database: the link's
 * own path is tested elsewhere, and fuzzing needs an account that may invite).
 */
export async function signUpOverHttp(
  http: Http,
  label: string,
  markVerified: (userId: string) => Promise<void>,
): Promise<Account> {
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
  await markVerified(data.user.id);
  return { cookie, userId: data.user.id, orgId: data.orgId, email };
}

/**
 * Ids of things inside the account's organization (its Library project, an invitation), so that
 * generated inputs reach past "not found" into the procedures' own rules.
 */
export async function idsInside(http: Http, account: Account): Promise<string[]> {
  const headers = { cookie: account.cookie, origin: appOrigin, 'content-type': 'application/json' };
  const input = encodeURIComponent(JSON.stringify({ orgId: account.orgId }));
  const projects = await http.send({ method: 'GET', path: `/trpc/project.list?input=${input}`, headers });
  const invited = await http.send({
    method: 'POST',
    path: '/trpc/invitation.create',
    headers,
    body: JSON.stringify({ orgId: account.orgId, emails: `invitee-${account.email}`, role: 'member' }),
  });
  expect([projects.status, invited.status]).toEqual([200, 200]);
  const [library] = (JSON.parse(projects.text) as { result: { data: { id: string }[] } }).result.data;
  const [result] = (JSON.parse(invited.text) as { result: { data: { results: { invitationId: string }[] } } })
    .result.data.results;
  return [library!.id, result!.invitationId];
}
