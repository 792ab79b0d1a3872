import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postWebhook } from './http.js';
import { verifyWebhookSignature, webhookSignature } from './sign.js';

let port = 0;
const seen: { host: string | undefined; headers: IncomingHttpHeaders; body: string }[] = [];
const server = createServer((request, response) => {
  let body = '';
  request.on('data', (chunk: Buffer) => (body += chunk.toString()));
  request.on('end', () => {
    seen.push({ host: request.headers.host, headers: request.headers, body });
    if (request.url === '/slow') return; // never answers
    response.writeHead(request.url === '/big' ? 500 : 200);
    response.end(request.url === '/big' ? 'e'.repeat(100_000) : 'ok');
  });
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** A host name that does not resolve at all: only the pinned address can be reached. */
const target = (path: string) => ({
  url: new URL(`http://hooks.invalid:${port}${path}`),
  hostname: 'hooks.invalid',
  address: '127.0.0.1',
  family: 4 as const,
});

describe('postWebhook', () => {
  it('connects to the checked address only, keeping the host name as Host (no second DNS lookup)', async () => {
    const response = await postWebhook(
      target('/in'),
      '{"a":1}',
      { 'Content-Type': 'application/json' },
      2_000,
    );
    expect(response).toEqual({ status: 200, bodyStart: 'ok' });
    expect(seen.at(-1)).toMatchObject({ host: `hooks.invalid:${port}`, body: '{"a":1}' });
    expect(seen.at(-1)!.headers['content-length']).toBe('7');
  });

  it('keeps at most 200 characters of a response body', async () => {
    const response = await postWebhook(target('/big'), '{}', {}, 2_000);
    expect(response.status).toBe(500);
    expect(response.bodyStart).toBe('e'.repeat(200));
  });

  it('gives up after the timeout', async () => {
    await expect(postWebhook(target('/slow'), '{}', {}, 200)).rejects.toThrow('timed out after 200 ms');
  });

  it('reports a refused connection', async () => {
    const closed = { ...target('/x'), url: new URL('http://hooks.invalid:1/x') };
    await expect(postWebhook(closed, '{}', {}, 2_000)).rejects.toThrow(/ECONNREFUSED/);
  });
});

describe('Roster-Signature', () => {
  it('is t=<unix>,v1=<hex HMAC-SHA256(secret, "t.body")>', () => {
    // Reference value: printf '%s' '1700000000.{"id":"x"}' | openssl dgst -sha256 -hmac whsec_test
    const header = webhookSignature('whsec_test', '{"id":"x"}', 1_700_000_000);
    expect(header).toBe('t=1700000000,v1=80e8d098018f757aa814ab1abb924f35d304affa1d93d29611a54696207eb7c3');
    expect(verifyWebhookSignature('whsec_test', '{"id":"x"}', header, { nowSeconds: 1_700_000_100 })).toBe(
      true,
    );
    expect(verifyWebhookSignature('whsec_other', '{"id":"x"}', header, { nowSeconds: 1_700_000_100 })).toBe(
      false,
    );
    expect(verifyWebhookSignature('whsec_test', '{"id":"y"}', header, { nowSeconds: 1_700_000_100 })).toBe(
      false,
    );
    // Too old: a replay.
    expect(verifyWebhookSignature('whsec_test', '{"id":"x"}', header, { nowSeconds: 1_700_001_000 })).toBe(
      false,
    );
    expect(verifyWebhookSignature('whsec_test', '{"id":"x"}', 'garbage', { nowSeconds: 1_700_000_000 })).toBe(
      false,
    );
  });
});
