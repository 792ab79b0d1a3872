import { describe, expect, it } from 'vitest';
import { linkProblem } from './link-problem';

const apiError = (data: Record<string, unknown>) => Object.assign(new Error('Failed.'), { data });

describe('linkProblem', () => {
  it('tells an expired link from one that is not valid (unknown, used or mistyped)', () => {
    expect(linkProblem(apiError({ code: 'PRECONDITION_FAILED', reason: 'TOKEN_EXPIRED' }))).toBe('expired');
    expect(linkProblem(apiError({ code: 'NOT_FOUND', reason: 'TOKEN_INVALID' }))).toBe('invalid');
    expect(
      linkProblem(apiError({ code: 'BAD_REQUEST', reason: 'INVALID_INPUT', fieldErrors: { token: 'Bad.' } })),
    ).toBe('invalid');
  });

  it('leaves other failures to be retried', () => {
    expect(linkProblem(new TypeError('Failed to fetch'))).toBeNull();
    expect(linkProblem(apiError({ code: 'INTERNAL_SERVER_ERROR' }))).toBeNull();
    expect(linkProblem(apiError({ code: 'TOO_MANY_REQUESTS', reason: 'TOO_MANY_ATTEMPTS' }))).toBeNull();
    expect(
      linkProblem(
        apiError({ code: 'BAD_REQUEST', reason: 'INVALID_INPUT', fieldErrors: { password: 'Short.' } }),
      ),
    ).toBeNull();
  });
});
