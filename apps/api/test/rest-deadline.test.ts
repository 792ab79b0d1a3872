// The request deadline (request-deadline.ts): a body that never finishes arriving on a /v1 route
// gets a 408 and the connection closed, as Node's own requestTimeout did; a route marked
// `config: { longBody: true }` (streamed uploads) is left to guard itself.
import { connect, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../src/server.js';
import type { Timeouts } from '../src/timeouts.js';
import { createHarness, type Harness } from './harness.js';

const short: Timeouts = { headers: 300, request: 600, idle: 10_000, keepAlive: 5_000, checkInterval: 100 };
let h: Harness;
let app: Awaited<ReturnType<typeof buildServer>>;

beforeAll(async () => {
  h = await createHarness();
  app = await buildServer(h.deps, { timeouts: short });
  app.register(
    async (scope) => {
      scope.post('/long', { config: { longBody: true } }, async (req, reply) => {
        let bytes = 0;
        for await (const chunk of req.raw) bytes += (chunk as Buffer).length;
        return reply.send({ bytes });
      });
      scope.addContentTypeParser('*', (_req, _payload, done) => done(null));
    },
    { prefix: '/test' },
  );
  await app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await app?.close();
  await h?.close();
});

/** Sends `head` (+ `body`) on a raw connection: what the server answers before `until` is true or it closes. */
function exchange(head: string, options: { body?: string; later?: { afterMs: number; body: string } } = {}) {
  return new Promise<string>((resolve) => {
    const socket = connect((app.server.address() as AddressInfo).port, '127.0.0.1');
    let answer = '';
    socket.on('data', (chunk: Buffer) => {
      answer += chunk.toString('utf8');
      if (options.later && /\r\n\r\n\{/.test(answer)) socket.end();
    });
    socket.on('close', () => resolve(answer));
    socket.write(head + (options.body ?? ''));
    if (options.later) {
      const { afterMs, body } = options.later;
      setTimeout(() => socket.write(body), afterMs).unref();
    }
  });
}

describe('request deadline', () => {
  it('a /v1 body that never finishes arriving: 408 and the connection closed', async () => {
    const answer = await exchange(
      'POST /v1/projects/6f1f7c36-0d6c-4f6e-9a55-2d0b8f0e7a11/folders HTTP/1.1\r\nHost: x\r\n' +
        'Content-Type: application/json\r\nContent-Length: 100\r\n\r\n',
      { body: '{"name":' },
    );
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(answer.toLowerCase()).toContain('content-type: application/problem+json');
    expect(JSON.parse(answer.split('\r\n\r\n')[1]!)).toMatchObject({
      status: 408,
      reason: 'REQUEST_TIMEOUT',
    });
  });

  it('a /v1 request whose headers are too large: 431 as problem+json', async () => {
    const answer = await exchange(
      `GET /v1/projects HTTP/1.1\r\nHost: x\r\nX-Filler: ${'a'.repeat(20_000)}\r\n\r\n`,
    );
    expect(answer).toMatch(/^HTTP\/1\.1 431 /);
    expect(answer.toLowerCase()).toContain('content-type: application/problem+json');
    expect(JSON.parse(answer.split('\r\n\r\n')[1]!)).toMatchObject({
      status: 431,
      reason: 'HEADERS_TOO_LARGE',
    });
  });

  it('a route marked longBody may take longer than the deadline', async () => {
    const answer = await exchange('POST /test/long HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\n', {
      body: 'abcde',
      later: { afterMs: 1_200, body: 'fghij' },
    });
    expect(answer).toMatch(/^HTTP\/1\.1 200 /);
    expect(answer).toMatch(/\{"bytes":10\}/);
  });
});
