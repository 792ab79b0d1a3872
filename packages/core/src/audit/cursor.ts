import { DomainError } from '../errors.js';

/** Where an audit page ended: the last record's time and id (newest first, ties by id). */
export interface AuditCursor {
  createdAt: Date;
  id: string;
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function encodeAuditCursor(cursor: AuditCursor): string {
  return Buffer.from(JSON.stringify([cursor.createdAt.getTime(), cursor.id])).toString('base64url');
}

function invalidCursor(): DomainError {
  return new DomainError(
    'INVALID_INPUT',
    'This page link is not valid any more. Start from the first page.',
    {
      field: 'cursor',
    },
  );
}

/** The cursor a client sent back, or INVALID_INPUT (never a 500 for a tampered one). */
export function decodeAuditCursor(text: string): AuditCursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  if (!Array.isArray(parsed) || parsed.length !== 2) throw invalidCursor();
  const [time, id] = parsed as unknown[];
  if (!Number.isSafeInteger(time) || (time as number) < 0) throw invalidCursor();
  if (typeof id !== 'string' || !uuid.test(id)) throw invalidCursor();
  return { createdAt: new Date(time as number), id: id.toLowerCase() };
}
