import { Transform, type TransformCallback } from 'node:stream';
import { ProblemError, problem } from '../problem.js';

/** How slowly an upload may arrive: at least `minBytes` in every `windowMs` (unless Roster is the slow side). */
export interface TransferFloor {
  windowMs: number;
  minBytes: number;
}

/**
 * About 550 B/s over 30 s: far below any real connection, yet a client trickling a byte now and then
 * (holding a socket and a quota reservation for hours) is cut off. Node's request deadline does not
 * apply to upload routes (a 1 GiB body takes minutes), so this is their guard.
 */
export const defaultTransferFloor: TransferFloor = { windowMs: 30_000, minBytes: 16 * 1024 };

export function bodyLengthProblem(declared: number, received: number): ProblemError {
  const detail =
    received > declared
      ? `The body is longer than its Content-Length (${declared} bytes). Nothing was kept.`
      : `The body ended after ${received} of the ${declared} bytes its Content-Length announced. Nothing was kept.`;
  return new ProblemError(problem(400, detail, 'UPLOAD_SIZE_MISMATCH'));
}

/**
 * A pass-through that fails as soon as more bytes than declared arrive, when the body ends short,
 * or when the client sends slower than `floor` while the rest of the pipeline keeps up.
 */
export class LengthGuard extends Transform {
  received = 0;
  private atLastCheck = 0;
  private readonly timer: NodeJS.Timeout;

  constructor(
    readonly declared: number,
    floor: TransferFloor = defaultTransferFloor,
  ) {
    super();
    this.timer = setInterval(() => this.checkRate(floor.minBytes), floor.windowMs).unref();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.received += chunk.length;
    if (this.received > this.declared) return callback(bodyLengthProblem(this.declared, this.received));
    callback(null, chunk);
  }

  override _flush(callback: TransformCallback): void {
    if (this.received !== this.declared) return callback(bodyLengthProblem(this.declared, this.received));
    callback();
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    clearInterval(this.timer);
    callback(error);
  }

  private checkRate(minBytes: number): void {
    const arrived = this.received - this.atLastCheck;
    this.atLastCheck = this.received;
    // Bytes waiting on our side mean storage is the slow one, not the client.
    const backedUp = this.writableNeedDrain || this.readableLength > 0;
    if (arrived >= minBytes || backedUp || this.writableFinished) return;
    this.destroy(
      new ProblemError(
        problem(408, 'The upload arrived too slowly and was stopped. Nothing was kept.', 'UPLOAD_TOO_SLOW'),
      ),
    );
  }
}
