import { createHash, type Hash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { fileTypeFromBuffer } from 'file-type';
import type { Inspection, InspectingStream } from '../types.js';
import { sniffText, sniffUtf16 } from './sniff-text.js';

/** How many leading bytes are kept for sniffing (file-type's recommended sample size). */
export const sniffBytes = 4100;
const fallbackType = 'application/octet-stream';

class Inspector extends Transform {
  private readonly hash: Hash = createHash('sha256');
  private size = 0;
  private head: Buffer[] = [];
  private headBytes = 0;
  private inspection: Inspection | undefined;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.hash.update(chunk);
    this.size += chunk.length;
    if (this.headBytes < sniffBytes) {
      const part = chunk.subarray(0, sniffBytes - this.headBytes);
      this.head.push(Buffer.from(part));
      this.headBytes += part.length;
    }
    callback(null, chunk);
  }

  override _flush(callback: TransformCallback): void {
    const head = Buffer.concat(this.head);
    this.head = [];
    sniff(head).then(
      (contentType) => {
        this.inspection = { sha256: this.hash.digest('hex'), size: this.size, contentType };
        callback();
      },
      (error: Error) => callback(error),
    );
  }

  result(): Inspection {
    if (!this.inspection)
      throw new Error('inspectStream().result() is only known once the stream has ended.');
    return this.inspection;
  }
}

async function sniff(head: Buffer): Promise<string> {
  const utf16 = sniffUtf16(head);
  if (utf16) return utf16;
  const detected = await fileTypeFromBuffer(head);
  if (detected && detected.mime !== 'application/xml') return detected.mime;
  return sniffText(head) ?? detected?.mime ?? fallbackType;
}

/**
 * A pass-through that hashes (SHA-256, hex) and counts the bytes flowing through it and sniffs their
 * content type from the first 4100 bytes (file-type, then text/HTML/SVG detection; otherwise
 * application/octet-stream). Only that head is kept in memory. `result()` is known once it ended.
 */
export function inspectStream(): InspectingStream {
  return new Inspector();
}
