import type { Readable } from 'node:stream';
import type { AssetDto } from '@roster/core';
import { ObjectNotFoundError, type Storage } from '@roster/storage';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { countBytesOut } from '../byte-count.js';
import { ProblemError, problem } from '../problem.js';
import { attachmentDisposition, etagOf, matchesIfNoneMatch, safeContentType } from './headers.js';
import { parseRange } from './range.js';

/**
 * Sends an asset's bytes from storage: whole (200) or one range (206), 304 when the client holds
 * this version, 416 for a range past the end. Always an attachment with nosniff, never cached by
 * shared caches. A HEAD answers the same headers without opening the object.
 */
export async function sendAsset(
  req: FastifyRequest,
  reply: FastifyReply,
  storage: Storage,
  download: { asset: AssetDto; key: string },
): Promise<FastifyReply> {
  const { asset, key } = download;
  const etag = etagOf(asset.sha256);
  // Usage: the call is this project's, whether bytes follow or not (a 304 moves none).
  req.usage.projectId = asset.projectId;
  reply
    .header('etag', etag)
    .header('last-modified', new Date(asset.updatedAt).toUTCString())
    .header('cache-control', 'private, no-cache')
    .header('accept-ranges', 'bytes')
    .header('x-content-type-options', 'nosniff')
    .header('content-disposition', attachmentDisposition(asset.name))
    .header('content-security-policy', "default-src 'none'; sandbox");
  if (matchesIfNoneMatch(req.headers['if-none-match'], etag)) return reply.code(304).send();

  // If-Range with another version: the client's partial copy is stale, send it all.
  const ifRange = req.headers['if-range'];
  const rangeHeader = ifRange === undefined || ifRange === etag ? req.headers.range : undefined;
  const wanted = parseRange(rangeHeader, asset.size);
  if (wanted.kind === 'unsatisfiable') {
    reply.header('content-range', `bytes */${asset.size}`);
    throw new ProblemError(
      problem(416, `The file has ${asset.size} bytes: the requested range is outside it.`),
    );
  }
  const range = wanted.kind === 'partial' ? wanted.range : null;
  const length = range ? range.end - range.start + 1 : asset.size;
  reply
    .code(range ? 206 : 200)
    .header('content-type', safeContentType(asset.contentType))
    .header('content-length', String(length));
  if (range) reply.header('content-range', `bytes ${range.start}-${range.end}/${asset.size}`);
  if (req.method === 'HEAD') return reply.send();
  // Statistics (§8): a download is the file sent from its first byte (a resumed range is not another).
  const fromStart = !range || range.start === 0 ? 1 : 0;
  // An empty file has nothing to read (and no range of it is valid to ask storage for).
  if (length === 0) {
    req.usage.downloads = fromStart;
    return reply.send('');
  }
  let body: Readable;
  try {
    body = await storage.get(key, range ?? undefined);
  } catch (error) {
    if (!(error instanceof ObjectNotFoundError)) throw error;
    // A row without bytes should never be (rows go first, bytes later): say so in the log.
    req.log.error({ assetId: asset.id, key }, 'asset bytes missing from storage');
    reply.removeHeader('content-range').removeHeader('content-length').removeHeader('content-disposition');
    throw new ProblemError(
      problem(404, 'The bytes of this file are missing from storage.', 'ITEM_NOT_FOUND'),
    );
  }
  // The file's bytes as written (the range's; up to where a client that went away stopped reading).
  countBytesOut(reply.raw, req.usage);
  req.usage.downloads = fromStart;
  return reply.send(body);
}
