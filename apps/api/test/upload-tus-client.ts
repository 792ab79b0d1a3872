// A tus 1.0 client by hand (every header visible), against the API of upload-fixtures.ts.
import type { IncomingMessage } from 'node:http';
import { openRaw, send, type Api } from './upload-fixtures.js';

const tusHeaders = { 'tus-resumable': '1.0.0' };

/** tus `Upload-Metadata`: comma-separated `key base64(value)`. */
export function tusMetadata(meta: Record<string, string>): string {
  return Object.entries(meta)
    .map(([k, v]) => `${k} ${Buffer.from(v).toString('base64')}`)
    .join(',');
}

export function tusCreate(api: Api, cookie: string, size: number, meta: Record<string, string>) {
  return send(api, 'POST', '/v1/uploads', {
    cookie,
    headers: {
      ...tusHeaders,
      'upload-length': size,
      'upload-metadata': tusMetadata(meta),
      'content-length': 0,
    },
  });
}

export function tusPatch(api: Api, cookie: string, location: string, offset: number, bytes: Buffer) {
  return send(api, 'PATCH', location, {
    cookie,
    body: bytes,
    headers: {
      ...tusHeaders,
      'upload-offset': offset,
      'content-type': 'application/offset+octet-stream',
      'content-length': bytes.length,
    },
  });
}

export function tusHead(api: Api, cookie: string, location: string) {
  return send(api, 'HEAD', location, { cookie, headers: tusHeaders });
}

export function tusDelete(api: Api, cookie: string, location: string) {
  return send(api, 'DELETE', location, { cookie, headers: tusHeaders });
}

/**
 * A PATCH that sends `bytes` of the `declared` remainder, then drops the connection once the API
 * has taken the request (its 'request' event): a resume sent after that is ordered after it.
 */
export async function tusPatchDropped(
  api: Api,
  cookie: string,
  location: string,
  offset: number,
  declared: number,
  bytes: Buffer,
) {
  const taken = new Promise<void>((resolve) => {
    const onRequest = (req: IncomingMessage) => {
      if (req.method !== 'PATCH' || req.url !== location) return;
      api.app.server.off('request', onRequest);
      resolve();
    };
    api.app.server.on('request', onRequest);
  });
  const req = openRaw(api, 'PATCH', location, {
    cookie,
    ...tusHeaders,
    'upload-offset': offset,
    'content-type': 'application/offset+octet-stream',
    'content-length': declared,
  });
  await Promise.all([taken, new Promise<void>((resolve) => req.socket.write(bytes, () => resolve()))]);
  req.socket.destroy();
  await req.closed;
}
