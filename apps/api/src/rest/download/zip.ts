import type { Readable } from 'node:stream';
import type { Scope } from '@roster/core';
import type { Storage } from '@roster/storage';
import { ZipArchive } from 'archiver';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { countBytesOut } from '../byte-count.js';
import { attributeUsage } from '../metering.js';
import { walkFolder } from './folder-walk.js';
import { attachmentDisposition } from './headers.js';

/** Types deflate would shrink; everything else (images, video, archives…) is stored as it is. */
const compressible =
  /^(?:text\/|application\/(?:json|xml|javascript|x-ndjson|csv|rtf|x-sh|x-tex|sql|graphql|ld\+json)|image\/(?:svg\+xml|bmp|tiff))/i;

/**
 * Streams a folder as a zip: entries are added one at a time, each from its own storage stream,
 * as the client reads (backpressure through archiver), never buffering a file or the archive.
 * A client that goes away stops the walk and destroys the storage stream being read.
 */
export async function sendFolderZip(
  req: FastifyRequest,
  reply: FastifyReply,
  storage: Storage,
  target: { scope: Scope; projectId: string; folderId: string; name: string },
): Promise<FastifyReply> {
  reply
    .header('content-type', 'application/zip')
    .header('content-disposition', attachmentDisposition(`${target.name}.zip`))
    .header('cache-control', 'private, no-store')
    .header('x-content-type-options', 'nosniff');
  if (req.method === 'HEAD') return reply.send();
  // Usage: the archive's bytes as written, up to where a client that went away stopped reading.
  attributeUsage(req, target.scope.org.id, target.projectId);
  countBytesOut(reply.raw, req.usage);
  // Statistics (§8): one download per zip.
  req.usage.downloads = 1;

  const archive = new ZipArchive({ zlib: { level: 6 } });
  let current: Readable | null = null;
  let stopped = false;
  let caughtUp: (() => void) | null = null;
  /** Stops feeding the archive; a failure (not the client leaving) also cuts the response short. */
  const stop = (failure: unknown = null) => {
    if (stopped) return;
    stopped = true;
    current?.destroy();
    caughtUp?.();
    archive.abort();
    if (failure) {
      req.log.error({ err: failure, folderId: target.folderId }, 'zip stopped');
      // Headers are sent: a cut response is the only way left to say the zip is not whole.
      reply.raw.destroy();
    }
  };
  // The response ends early (client gone): Fastify destroys the archive; stop feeding it.
  reply.raw.once('close', () => {
    if (!reply.raw.writableFinished) stop();
  });
  // Entries are processed in order: a file is done once every entry appended so far is.
  let appended = 0;
  let processed = 0;
  archive.on('entry', () => {
    processed++;
    if (processed === appended) caughtUp?.();
  });
  const allProcessed = () =>
    new Promise<void>((resolve) => {
      if (stopped || processed === appended) return resolve();
      caughtUp = resolve;
    });
  archive.on('warning', (error) => req.log.warn({ err: error }, 'zip warning'));
  archive.on('error', (error) => stop(error));

  const fill = async () => {
    const walk = walkFolder(target.scope, target.projectId, target.folderId, target.name);
    for await (const entry of walk) {
      if (stopped) return;
      if (entry.type === 'folder') {
        appended++;
        archive.append(Buffer.alloc(0), { name: entry.path, type: 'directory', date: new Date() });
        continue;
      }
      const { asset, key } = entry;
      current = asset.size === 0 ? null : await storage.get(key);
      // archiver pipes the stream without forwarding its errors: a read failing halfway stops the zip.
      current?.on('error', (error) => stop(error));
      if (stopped) {
        current?.destroy();
        return;
      }
      appended++;
      archive.append(current ?? Buffer.alloc(0), {
        name: entry.path,
        date: new Date(asset.updatedAt),
        store: !compressible.test(asset.contentType),
      });
      await allProcessed();
      current = null;
    }
    // Its promise settles once the client has read everything; errors reach the 'error' listener.
    if (!stopped) archive.finalize().catch(() => undefined);
  };
  fill().catch((error: unknown) => stop(error));
  return reply.send(archive);
}
