import {
  DeadlockException,
  DriverException,
  LockWaitTimeoutException,
  UniqueConstraintViolationException,
} from '@mikro-orm/core';

/** True when a write failed on a unique index (both PostgreSQL and SQLite report it this way). */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof UniqueConstraintViolationException;
}

/**
 * True when a statement gave up waiting for a lock another transaction held: SQLite's "database is
 * locked" after its busy timeout, PostgreSQL's lock_timeout, or a deadlock one side lost. Nothing
 * was written; the same request can simply be sent again.
 */
export function isLockContention(error: unknown): boolean {
  if (error instanceof LockWaitTimeoutException || error instanceof DeadlockException) return true;
  // MikroORM has no class for PostgreSQL's lock_not_available.
  return error instanceof DriverException && error.code === '55P03';
}
