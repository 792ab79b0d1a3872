import type { IncomingMessage } from 'node:http';
import { defaultTransferFloor, type TransferFloor } from './length-guard.js';

/**
 * The transfer-rate floor for a body read by someone else (@tus/server reads PATCH bodies): the
 * socket must bring `floor.minBytes` every `floor.windowMs` while the reader keeps up, else the
 * connection is cut. For tus that is harmless: what arrived is kept and the client resumes.
 */
export function watchTransferRate(req: IncomingMessage, floor: TransferFloor = defaultTransferFloor): void {
  const socket = req.socket;
  let atLastCheck = socket.bytesRead;
  const timer = setInterval(() => {
    const arrived = socket.bytesRead - atLastCheck;
    atLastCheck = socket.bytesRead;
    // Unread bytes waiting, or a paused request: the reader (storage) is the slow one.
    const backedUp = req.readableLength > 0 || req.isPaused();
    if (req.complete || arrived >= floor.minBytes || backedUp) return;
    socket.destroy();
  }, floor.windowMs).unref();
  req.once('close', () => clearInterval(timer));
}
