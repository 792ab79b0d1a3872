import { describe, expect, it } from 'vitest';
import {
  isClientError,
  isOrgNotFound,
  networkErrorMessage,
  readApiError,
  splitServerError,
} from './api-error';

/** What a TRPCClientError looks like to the app: a message and the formatter's `data`. */
function apiError(data: Record<string, unknown>, message = 'Something failed.') {
  return Object.assign(new Error(message), { data });
}

describe('readApiError', () => {
  it('reads code, reason, field errors and retry delay from error.data, saying the wait in words', () => {
    const error = apiError(
      {
        code: 'TOO_MANY_REQUESTS',
        reason: 'TOO_MANY_ATTEMPTS',
        retryAfterSeconds: 42,
        fieldErrors: { email: 'Slow down.', bad: 3 },
      },
      'Too many attempts, retry in 42 s.',
    );
    expect(readApiError(error)).toEqual({
      code: 'TOO_MANY_REQUESTS',
      reason: 'TOO_MANY_ATTEMPTS',
      message: 'Too many attempts. Try again in 42 seconds.',
      fieldErrors: { email: 'Slow down.' },
      retryAfterSeconds: 42,
    });
  });

  it('treats an error without data (fetch failed, proxy down) as a network error', () => {
    for (const error of [new TypeError('Failed to fetch'), null, undefined, 'boom', { data: null }]) {
      expect(readApiError(error)).toMatchObject({
        code: null,
        reason: null,
        message: networkErrorMessage,
        fieldErrors: {},
      });
    }
  });
});

describe('splitServerError', () => {
  const fields = ['name', 'email', 'password', 'companyName'] as const;

  it('puts EMAIL_TAKEN next to the email field, with nothing above the form', () => {
    const error = readApiError(
      apiError({
        code: 'CONFLICT',
        reason: 'EMAIL_TAKEN',
        fieldErrors: { email: 'An account with this email already exists.' },
      }),
    );
    expect(splitServerError(error, fields)).toEqual({
      fields: { email: 'An account with this email already exists.' },
      form: null,
    });
  });

  it('puts COMMON_PASSWORD next to the password field', () => {
    const error = readApiError(
      apiError({ code: 'BAD_REQUEST', reason: 'COMMON_PASSWORD', fieldErrors: { password: 'Too common.' } }),
    );
    expect(splitServerError(error, fields).fields).toEqual({ password: 'Too common.' });
  });

  it('shows errors without a field (INVALID_CREDENTIALS) above the form', () => {
    const error = readApiError(
      apiError({ code: 'UNAUTHORIZED', reason: 'INVALID_CREDENTIALS' }, 'Incorrect email or password.'),
    );
    expect(splitServerError(error, ['email', 'password'])).toEqual({
      fields: {},
      form: 'Incorrect email or password.',
    });
  });

  it('keeps the sentence above the form when a field error belongs to no field on screen', () => {
    const error = readApiError(
      apiError(
        {
          code: 'BAD_REQUEST',
          fieldErrors: { orgId: 'Not a valid organization id.', name: 'Enter a name.' },
        },
        'Some fields need attention.',
      ),
    );
    expect(splitServerError(error, ['name'])).toEqual({
      fields: { name: 'Enter a name.' },
      form: 'Some fields need attention.',
    });
  });
});

describe('isOrgNotFound / isClientError', () => {
  it('recognizes a missing organization and a malformed id alike', () => {
    expect(isOrgNotFound(apiError({ code: 'NOT_FOUND', reason: 'ORG_NOT_FOUND' }))).toBe(true);
    expect(
      isOrgNotFound(
        apiError({ code: 'BAD_REQUEST', fieldErrors: { orgId: 'Not a valid organization id.' } }),
      ),
    ).toBe(true);
    expect(isOrgNotFound(apiError({ code: 'FORBIDDEN', reason: 'PERMISSION_DENIED' }))).toBe(false);
    expect(isOrgNotFound(new TypeError('Failed to fetch'))).toBe(false);
  });

  it('does not retry refused requests, but retries outages', () => {
    expect(isClientError(apiError({ code: 'NOT_FOUND' }))).toBe(true);
    expect(isClientError(apiError({ code: 'INTERNAL_SERVER_ERROR' }))).toBe(false);
    expect(isClientError(new TypeError('Failed to fetch'))).toBe(false);
  });
});
