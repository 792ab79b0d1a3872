import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../src/server.js';
import { appOrigin, createHarness, password, uniqueEmail, type Harness } from './harness.js';
import { freePort, startRedis, stopRedis } from './private-redis.js';

let port: number;
let redis: ChildProcess;
let h: Harness;
let app: Awaited<ReturnType<typeof buildServer>>;
beforeAll(async () => {
  port = await freePort();
  redis = await startRedis(port);
  h = await createHarness({ redisUrl: `redis://127.0.0.1:${port}` });
  app = await buildServer(h.deps);
});
afterAll(async () => {
  await app.close();
  await h.close();
  await stopRedis(redis);
});

const post = (path: string, body: unknown, cookie?: string) =>
  app.inject({
    method: 'POST',
    url: `/trpc/${path}`,
    payload: body as object,
    headers: { origin: appOrigin, ...(cookie ? { cookie } : {}) },
    remoteAddress: '10.30.0.1',
  });

describe('while Redis is down', () => {
  it('sign-in and sign-up answer 503 with a sentence, and work again once Redis is back', async () => {
    const { email, cookie, orgId } = await h.signUp();
    await stopRedis(redis);

    const signIn = await post('auth.signIn', { email, password });
    expect(signIn.statusCode).toBe(503);
    expect(signIn.json().error).toMatchObject({
      message: 'Sign-in is briefly unavailable; try again in a moment.',
      data: { code: 'SERVICE_UNAVAILABLE', reason: 'SERVICE_UNAVAILABLE' },
    });
    const signUp = await post('auth.signUp', { email: uniqueEmail(), password, name: 'Later' });
    expect(signUp.statusCode).toBe(503);
    expect(signUp.json().error.message).toBe('Sign-up is briefly unavailable; try again in a moment.');
    expect((await app.inject({ method: 'GET', url: '/health' })).statusCode).toBe(503);

    // What needs only the database goes on; an email that cannot be enqueued stays owed.
    expect((await post('org.rename', { orgId, name: 'Renamed' }, cookie)).statusCode).toBe(200);
    const invite = await post(
      'invitation.create',
      { orgId, emails: [uniqueEmail()], role: 'member' },
      cookie,
    );
    expect(invite.statusCode).toBe(200);

    redis = await startRedis(port);
    if (h.deps.redis.status !== 'ready') await once(h.deps.redis, 'ready');
    expect((await post('auth.signIn', { email, password })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/health' })).statusCode).toBe(200);
  });
});

describe('when Redis is down as the API starts', () => {
  it('fails fast meanwhile (enqueueing too, which waited for Redis), and works once Redis is up', async () => {
    const latePort = await freePort();
    const late = await createHarness({ redisUrl: `redis://127.0.0.1:${latePort}` });
    const lateApp = await buildServer(late.deps);
    const signUp = () =>
      lateApp.inject({
        method: 'POST',
        url: '/trpc/auth.signUp',
        payload: { email: uniqueEmail(), password, name: 'Late' },
        headers: { origin: appOrigin },
      });
    let lateRedis: ChildProcess | undefined;
    try {
      expect((await signUp()).statusCode).toBe(503);
      await expect(late.deps.jobs.enqueue('email.welcome', { userId: randomUUID() })).rejects.toThrow(
        'Redis is not connected.',
      );
      lateRedis = await startRedis(latePort);
      if (late.deps.redis.status !== 'ready') await once(late.deps.redis, 'ready');
      expect((await signUp()).statusCode).toBe(200);
    } finally {
      await lateApp.close();
      await late.close();
      if (lateRedis) await stopRedis(lateRedis);
    }
  });
});
