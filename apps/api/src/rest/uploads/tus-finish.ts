import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { completeUpload, type AssetDto } from '@roster/core';
import { inspectStream } from '@roster/storage';
import type { FastifyBaseLogger } from 'fastify';
import type { Deps } from '../../deps.js';
import { countUpload } from '../metering.js';
import { abandon } from './settle.js';
import type { TusCall } from './tus-call.js';

/** Reads and forgets: the inspection is all we want of the bytes. */
const discard = () =>
  new Writable({
    write(_chunk, _encoding, callback) {
      callback();
    },
  });

/**
 * A tus upload whose last byte arrived: its bytes are streamed once through the inspection (hash,
 * size, sniffed type: nothing the client claimed), the asset is created where the blob already
 * points (no copy), and the tus sidecars go. Anything failing releases the reservation and the bytes.
 */
export async function finishTusUpload(deps: Deps, call: TusCall, log: FastifyBaseLogger): Promise<AssetDto> {
  const { bytes, sidecars } = deps.storage.tusKeys(call.uploadId);
  try {
    const inspect = inspectStream();
    await pipeline(await deps.storage.get(bytes), inspect, discard());
    const asset = await completeUpload(call.scope, call.ticket, inspect.result());
    countUpload(call.usage, asset.size);
    await Promise.all(sidecars.map((key) => deps.storage.delete(key))).catch((error: unknown) =>
      log.warn({ err: error, uploadId: call.uploadId }, 'tus sidecars left for the sweep'),
    );
    return asset;
  } catch (error) {
    await abandon(deps, call.scope.em, call.ticket, log, [bytes, ...sidecars]);
    throw error;
  }
}
