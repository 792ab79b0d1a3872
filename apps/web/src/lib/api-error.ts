import type { Reason } from '@roster/core/browser';
import { tooManyAttemptsMessage } from './wait';

/** What the app needs to know about a failed call, read from a tRPC client error. */
export interface ApiError {
  /** tRPC code (`NOT_FOUND`, `UNAUTHORIZED`…), or null when the API could not be reached. */
  code: string | null;
  reason: Reason | null;
  /** A sentence for people. */
  message: string;
  /** Per-field messages, e.g. `{ email: 'An account with this email already exists.' }`. */
  fieldErrors: Record<string, string>;
  retryAfterSeconds: number | null;
}

export const networkErrorMessage = 'Cannot reach Roster. Check your connection and try again.';
const fallbackMessage = 'Something went wrong. Try again.';

interface ErrorData {
  code?: unknown;
  reason?: unknown;
  fieldErrors?: unknown;
  retryAfterSeconds?: unknown;
}

/** Reads `error.data` as the API's error formatter shapes it; anything else is a network error. */
export function readApiError(error: unknown): ApiError {
  const data = (error as { data?: ErrorData | null } | null)?.data ?? null;
  if (!data || typeof data.code !== 'string') {
    return {
      code: null,
      reason: null,
      message: networkErrorMessage,
      fieldErrors: {},
      retryAfterSeconds: null,
    };
  }
  const rawMessage = (error as { message?: unknown }).message;
  const fieldErrors: Record<string, string> = {};
  if (data.fieldErrors && typeof data.fieldErrors === 'object') {
    for (const [field, message] of Object.entries(data.fieldErrors)) {
      if (typeof message === 'string') fieldErrors[field] = message;
    }
  }
  const reason = typeof data.reason === 'string' ? (data.reason as Reason) : null;
  const retryAfterSeconds = typeof data.retryAfterSeconds === 'number' ? data.retryAfterSeconds : null;
  let message = typeof rawMessage === 'string' && rawMessage ? rawMessage : fallbackMessage;
  // The API counts the wait in seconds ("retry in 893 s"); people read "in 15 minutes".
  if (reason === 'TOO_MANY_ATTEMPTS') message = tooManyAttemptsMessage(retryAfterSeconds);
  return { code: data.code, reason, message, fieldErrors, retryAfterSeconds };
}

/**
 * Splits a server error between the form's fields and the form as a whole: messages for fields the
 * form shows go next to them; the rest (or the error's sentence) goes above the form.
 */
export function splitServerError<F extends string>(
  error: ApiError,
  fields: readonly F[],
): { fields: Partial<Record<F, string>>; form: string | null } {
  const byField: Partial<Record<F, string>> = {};
  let unplaced = false;
  for (const [field, message] of Object.entries(error.fieldErrors)) {
    if ((fields as readonly string[]).includes(field)) byField[field as F] = message;
    else unplaced = true;
  }
  const placed = Object.keys(byField).length > 0;
  return { fields: byField, form: placed && !unplaced ? null : error.message };
}

/** An organization that does not exist, is not the user's, or whose id is not even an id. */
export function isOrgNotFound(error: unknown): boolean {
  const { code, fieldErrors } = readApiError(error);
  return code === 'NOT_FOUND' || (code === 'BAD_REQUEST' && 'orgId' in fieldErrors);
}

/** Errors a retry cannot fix (the request itself was refused). */
export function isClientError(error: unknown): boolean {
  const { code } = readApiError(error);
  return code !== null && code !== 'INTERNAL_SERVER_ERROR' && code !== 'TIMEOUT';
}
