import type { IncomingMessage } from 'node:http';
import { pipeline } from 'node:stream';
import { inspectStream, type Inspection, type Storage } from '@roster/storage';
import { ProblemError } from '../problem.js';
import { LengthGuard, bodyLengthProblem, type TransferFloor } from './length-guard.js';

/**
 * Streams a request's body into storage at `key` while hashing, counting and sniffing it: request →
 * length guard → inspection → storage.put, with backpressure end to end (memory stays flat whatever
 * the size). Rejects when the body is shorter or longer than `declared`, too slow, the client goes
 * away or storage fails; storage.put then leaves nothing at `key`.
 */
export async function receiveBody(
  req: IncomingMessage,
  storage: Storage,
  key: string,
  declared: number,
  floor?: TransferFloor,
): Promise<Inspection> {
  const guard = new LengthGuard(declared, floor);
  const inspect = inspectStream();
  const aborted = new AbortController();
  let failure: Error | undefined;
  // pipeline destroys every stream when one fails (a client gone mid-body: premature close), so
  // storage.put sees its body error and cleans up.
  const body = pipeline(req, guard, inspect, (error) => {
    if (!error) return;
    failure ??= error;
    aborted.abort(error);
  });
  try {
    await storage.put(key, body, { signal: aborted.signal, size: declared });
  } catch (error) {
    body.destroy();
    throw clientFault(req, guard, failure) ?? error;
  }
  return inspect.result();
}

/** The client's part in a failure (short, long, slow, gone), which explains it better than storage's echo. */
function clientFault(req: IncomingMessage, guard: LengthGuard, failure: Error | undefined): Error | null {
  if (failure instanceof ProblemError) return failure;
  const gone = (req.errored as { code?: string } | null)?.code === 'ECONNRESET';
  if (gone || (req.complete && guard.received !== guard.declared))
    return bodyLengthProblem(guard.declared, guard.received);
  return null;
}
