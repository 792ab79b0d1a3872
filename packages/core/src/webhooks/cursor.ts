import { DomainError } from '../errors.js';

/** Where a page of deliveries ended: the last one's creation time and id (newest first, ties by id). */
export interface DeliveryCursor {
  createdAt: Date;
  id: string;
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function encodeDeliveryCursor(cursor: DeliveryCursor): string {
  return Buffer.from(JSON.stringify([cursor.createdAt.getTime(), cursor.id])).toString('base64url');
}

/** The cursor a client sent back, or INVALID_INPUT (never a 500 for a tampered one). */
export function decodeDeliveryCursor(text: string): DeliveryCursor {
  const invalid = () =>
    new DomainError('INVALID_INPUT', 'This page link is not valid any more. Start from the first page.', {
      field: 'cursor',
    });
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(parsed) || parsed.length !== 2) throw invalid();
  const [time, id] = parsed as unknown[];
  if (!Number.isSafeInteger(time) || (time as number) < 0) throw invalid();
  if (typeof id !== 'string' || !uuid.test(id)) throw invalid();
  return { createdAt: new Date(time as number), id: id.toLowerCase() };
}
