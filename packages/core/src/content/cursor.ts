import { DomainError } from '../errors.js';
import type { ContentSort, ItemKind, SortOrder } from '../vocabulary/content.js';

/** Where a listing page ended: the sort it belongs to and the last row's kind, sort value and id. */
export interface ContentCursor {
  sort: ContentSort;
  order: SortOrder;
  kind: ItemKind;
  value: string | number;
  id: string;
}

/** A name key as stored: within 255 characters, never NUL (PostgreSQL refuses it in text). */
// eslint-disable-next-line no-control-regex -- refusing NUL is the point
const plainValue = /^[^\u0000]{0,255}$/u;
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function encodeCursor(cursor: ContentCursor): string {
  const { sort, order, kind, value, id } = cursor;
  return Buffer.from(JSON.stringify([sort, order, kind, value, id])).toString('base64url');
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

/** The cursor a client sent back, checked against the sort asked for now (it came from another → refused). */
export function decodeCursor(text: string, sort: ContentSort, order: SortOrder): ContentCursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  if (!Array.isArray(parsed) || parsed.length !== 5) throw invalidCursor();
  const [s, o, kind, value, id] = parsed as unknown[];
  if (s !== sort || o !== order) throw invalidCursor();
  if (kind !== 'folder' && kind !== 'asset') throw invalidCursor();
  if (typeof id !== 'string' || !uuid.test(id)) throw invalidCursor();
  const numeric = sort === 'date' || (sort === 'size' && kind === 'asset');
  if (numeric ? !Number.isSafeInteger(value) : typeof value !== 'string' || !plainValue.test(value)) {
    throw invalidCursor();
  }
  return { sort, order, kind, value: value as string | number, id: id.toLowerCase() };
}
