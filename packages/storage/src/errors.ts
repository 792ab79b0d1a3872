/** The key names no object (get of a missing key). */
export class ObjectNotFoundError extends Error {
  override readonly name = 'ObjectNotFoundError';
  constructor(readonly key: string) {
    super(`No stored object at '${key}'.`);
  }
}

/** A key that cannot name an object: empty, absolute, with `.`/`..` or empty segments, or control characters. */
export class InvalidKeyError extends Error {
  override readonly name = 'InvalidKeyError';
  constructor(
    readonly key: string,
    reason: string,
  ) {
    super(`Invalid storage key '${key}': ${reason}.`);
  }
}

/** A put whose body was shorter or longer than the declared size. */
export class SizeMismatchError extends Error {
  override readonly name = 'SizeMismatchError';
  constructor(
    readonly expected: number,
    readonly received: number,
  ) {
    super(
      received > expected
        ? `The body is longer than the declared ${expected} bytes.`
        : `The body ended after ${received} of the declared ${expected} bytes.`,
    );
  }
}

/** A range that does not fit the object (start past the end, end before start, negative). */
export class RangeNotSatisfiableError extends Error {
  override readonly name = 'RangeNotSatisfiableError';
  constructor(readonly key: string) {
    super(`The requested range is not satisfiable for '${key}'.`);
  }
}
