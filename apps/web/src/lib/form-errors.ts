import { readApiError, splitServerError } from './api-error';

type SetError<F extends string> = (
  name: F,
  error: { type: string; message: string },
  options?: { shouldFocus: boolean },
) => void;

/**
 * Puts a failed mutation's messages where they belong: next to the fields the form shows (the first
 * one focused), and returns the message for the form as a whole, if any.
 */
export function applyServerError<F extends string>(
  error: unknown,
  fields: readonly F[],
  setError: SetError<F>,
): string | null {
  const split = splitServerError(readApiError(error), fields);
  let first = true;
  for (const field of fields) {
    const message = split.fields[field];
    if (message === undefined) continue;
    setError(field, { type: 'server', message }, { shouldFocus: first });
    first = false;
  }
  return split.form;
}
