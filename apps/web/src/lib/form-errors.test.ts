import { describe, expect, it, vi } from 'vitest';
import { applyServerError } from './form-errors';

const error = (data: Record<string, unknown>, message: string) => Object.assign(new Error(message), { data });

describe('applyServerError', () => {
  it('sets each field error in form order, focusing only the first, and returns no form message', () => {
    const setError = vi.fn();
    const result = applyServerError(
      error(
        { code: 'BAD_REQUEST', fieldErrors: { password: 'Too common.', email: 'Invalid.' } },
        'Some fields need attention.',
      ),
      ['email', 'password'],
      setError,
    );
    expect(result).toBeNull();
    expect(setError.mock.calls).toEqual([
      ['email', { type: 'server', message: 'Invalid.' }, { shouldFocus: true }],
      ['password', { type: 'server', message: 'Too common.' }, { shouldFocus: false }],
    ]);
  });

  it('returns the sentence for the form when no field is concerned', () => {
    const setError = vi.fn();
    expect(
      applyServerError(
        error(
          { code: 'TOO_MANY_REQUESTS', reason: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: 9 },
          'Too many attempts, retry in 9 s.',
        ),
        ['email'],
        setError,
      ),
    ).toBe('Too many attempts. Try again in 9 seconds.');
    expect(setError).not.toHaveBeenCalled();
  });

  it('shows OWNED_ORG_LIMIT_REACHED next to the name field', () => {
    const setError = vi.fn();
    const message = 'You cannot create more organizations on the free plan.';
    applyServerError(
      error(
        { code: 'PRECONDITION_FAILED', reason: 'OWNED_ORG_LIMIT_REACHED', fieldErrors: { name: message } },
        message,
      ),
      ['name'],
      setError,
    );
    expect(setError).toHaveBeenCalledWith('name', { type: 'server', message }, { shouldFocus: true });
  });
});
