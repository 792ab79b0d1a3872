import { InvalidKeyError, RangeNotSatisfiableError } from './errors.js';

/** The top-level directory the local driver keeps its in-progress temp files in; no key may use it. */
export const tempDirName = '.tmp';

/**
 * Checks that `key` is a relative `/`-separated path both drivers store the same way: not empty,
 * at most 1024 bytes, no leading `/`, no empty, `.` or `..` segment, no backslash or control character.
 */
export function assertValidKey(key: string): void {
  if (key === '') throw new InvalidKeyError(key, 'it is empty');
  if (Buffer.byteLength(key) > 1024) throw new InvalidKeyError(key, 'it is longer than 1024 bytes');
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\]/.test(key))
    throw new InvalidKeyError(key, 'it has a backslash or a control character');
  if (key.startsWith('/')) throw new InvalidKeyError(key, 'it is absolute');
  const segments = key.split('/');
  if (segments.some((s) => s === '' || s === '.' || s === '..'))
    throw new InvalidKeyError(key, "it has an empty, '.' or '..' segment");
  if (segments[0] === tempDirName) throw new InvalidKeyError(key, `'${tempDirName}/' is reserved`);
}

/** Checks a byte range against an object's size; returns the clamped inclusive end. */
export function assertValidRange(key: string, range: { start: number; end: number }, size: number): number {
  const { start, end } = range;
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 0 || end < start || start >= size)
    throw new RangeNotSatisfiableError(key);
  return Math.min(end, size - 1);
}

/** Checks a list prefix: everything up to its last `/` must be a valid key (the rest is a partial name). */
export function assertValidPrefix(prefix: string): void {
  const slash = prefix.lastIndexOf('/');
  if (slash >= 0) assertValidKey(prefix.slice(0, slash));
}
