import { Transform, type TransformCallback } from 'node:stream';
import { SizeMismatchError } from './errors.js';

/** A pass-through that counts bytes and, when `expected` is given, fails as soon as the body is longer or ends shorter. */
export class SizeGuard extends Transform {
  bytes = 0;

  constructor(private readonly expected: number | undefined) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.bytes += chunk.length;
    if (this.expected !== undefined && this.bytes > this.expected)
      return callback(new SizeMismatchError(this.expected, this.bytes));
    callback(null, chunk);
  }

  override _flush(callback: TransformCallback): void {
    if (this.expected !== undefined && this.bytes !== this.expected)
      return callback(new SizeMismatchError(this.expected, this.bytes));
    callback();
  }
}
