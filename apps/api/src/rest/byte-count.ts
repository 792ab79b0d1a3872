import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestUsage } from './request-usage.js';

// The bytes a /v1 request moved, counted where they cross Node's HTTP layer, whoever reads or
// writes the body (our handlers, archiver piped by Fastify, @tus/server through srvx): no stream is
// added in between and nobody else's consumption changes.

function lengthOf(chunk: unknown, encoding: unknown): number {
  if (typeof chunk === 'string')
    return Buffer.byteLength(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8');
  return (chunk as ArrayBufferView | null | undefined)?.byteLength ?? 0;
}

/**
 * Counts the body bytes of a request as Node's parser hands them over: what arrived, whatever
 * then happens to them (a tus PATCH cut short keeps what came; a raw upload refused halfway still
 * received its first part). Bytes parsed before this call (in the packet of the headers) wait
 * unread in the request's buffer, so they are counted at once; nobody has read the body yet.
 */
export function countBytesIn(raw: IncomingMessage, usage: RequestUsage): void {
  usage.bytesIn += raw.readableLength;
  const push = raw.push;
  raw.push = function countedPush(chunk: unknown, encoding?: BufferEncoding) {
    usage.bytesIn += lengthOf(chunk, encoding);
    return push.call(this, chunk, encoding);
  };
}

/**
 * Counts the body bytes written to a response while its connection is open: a whole file, a
 * range, a zip of unknown length (the chunked framing is not counted), and for a client gone
 * mid-download, what was written before it went. Headers are not counted; a 304 or a HEAD writes
 * no body.
 */
export function countBytesOut(res: ServerResponse, usage: RequestUsage): void {
  const write = res.write;
  const end = res.end;
  res.write = function countedWrite(this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
    if (!this.destroyed) usage.bytesOut += lengthOf(chunk, rest[0]);
    return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
  } as ServerResponse['write'];
  res.end = function countedEnd(this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
    if (!this.destroyed && typeof chunk !== 'function') usage.bytesOut += lengthOf(chunk, rest[0]);
    return (end as (...args: unknown[]) => ServerResponse).call(this, chunk, ...rest);
  } as ServerResponse['end'];
}
