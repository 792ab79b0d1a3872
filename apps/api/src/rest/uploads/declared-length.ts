import type { IncomingHttpHeaders } from 'node:http';
import { ProblemError, problem } from '../problem.js';

/**
 * The size a raw upload announces. Limits and the quota are checked against it before a byte of
 * the body is read, so it must be known: a chunked body (no length) is refused with 411.
 */
export function declaredLength(headers: IncomingHttpHeaders): number {
  if (headers['transfer-encoding'] !== undefined)
    throw lengthRequired('Send the file with a Content-Length header; chunked bodies are not accepted.');
  const header = headers['content-length'];
  if (header === undefined) throw lengthRequired('Send the file with a Content-Length header.');
  // Node's parser has already refused anything but digits; a length past 2^53 is no real file.
  const size = Number(header);
  if (!Number.isSafeInteger(size) || size < 0)
    throw new ProblemError(problem(400, 'The Content-Length header is not a valid size.', 'INVALID_INPUT'));
  return size;
}

function lengthRequired(detail: string): ProblemError {
  return new ProblemError(problem(411, detail, 'LENGTH_REQUIRED'));
}
