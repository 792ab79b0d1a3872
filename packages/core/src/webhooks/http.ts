import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import type { WebhookTarget } from './address.js';

/** What came back: the status and the start of the body (never more is kept). */
export interface WebhookResponse {
  status: number;
  bodyStart: string;
}

/** At most this much of a response body is read (then the connection is dropped). */
const maxBodyBytes = 1024;

/**
 * POSTs `body` to the target, connecting ONLY to its checked address (a lookup that answers it,
 * whatever DNS says by now: no rebinding), with the URL's host name as Host and TLS server name.
 * No redirect is followed. Everything (connect, send, answer) must fit in `timeoutMs`, else the
 * request is destroyed and this rejects with "timed out after … ms".
 */
export function postWebhook(
  target: WebhookTarget,
  body: string,
  headers: Record<string, string>,
  timeoutMs: number,
): Promise<WebhookResponse> {
  const pinned: LookupFunction = (_hostname, options, callback) => {
    if (options.all) callback(null, [{ address: target.address, family: target.family }]);
    else callback(null, target.address, target.family);
  };
  const { url } = target;
  const client = url.protocol === 'https:' ? https : http;
  return new Promise<WebhookResponse>((resolve, reject) => {
    const request = client.request({
      method: 'POST',
      protocol: url.protocol,
      hostname: target.hostname,
      port: url.port || undefined,
      path: `${url.pathname}${url.search}`,
      headers: { ...headers, 'Content-Length': String(Buffer.byteLength(body)) },
      lookup: pinned,
      agent: false,
    });
    const timer = setTimeout(() => request.destroy(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs);
    const settle = (fn: () => void) => {
      clearTimeout(timer);
      fn();
    };
    request.on('error', (error) => settle(() => reject(error)));
    request.on('response', (response) => {
      const chunks: Buffer[] = [];
      let size = 0;
      const done = () =>
        settle(() => {
          resolve({
            status: response.statusCode ?? 0,
            bodyStart: Buffer.concat(chunks).toString('utf8').slice(0, 200),
          });
          request.destroy();
        });
      response.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        size += chunk.length;
        if (size >= maxBodyBytes) done();
      });
      response.on('end', done);
      response.on('error', (error) => settle(() => reject(error)));
    });
    request.end(body);
  });
}
