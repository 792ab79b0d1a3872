import { UniqueConstraintViolationException } from '@mikro-orm/core';

/** True when a write failed on a unique index (both PostgreSQL and SQLite report it this way). */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof UniqueConstraintViolationException;
}
