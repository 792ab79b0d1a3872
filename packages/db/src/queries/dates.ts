/** A timestamp as a raw row holds it: a Date (PostgreSQL), epoch milliseconds or text (SQLite). */
export function toDate(value: Date | number | string): Date {
  return value instanceof Date
    ? value
    : new Date(typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value);
}
