// @roster/storage: where uploaded bytes live (a local directory or an S3-compatible bucket), chosen
// by STORAGE_URL, plus inspectStream() to hash, count and sniff bytes as they flow.
export type {
  ByteRange,
  Inspection,
  InspectingStream,
  PutOptions,
  Storage,
  StorageSettings,
  StoredObject,
} from './types.js';
export {
  InvalidKeyError,
  ObjectNotFoundError,
  RangeNotSatisfiableError,
  SizeMismatchError,
} from './errors.js';
export { createStorage } from './create-storage.js';
export { parseStorageUrl } from './settings.js';
export { inspectStream } from './inspect/inspect-stream.js';
