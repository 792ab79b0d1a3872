import { readApiError } from '../../lib/api-error';

/** Why an emailed link (verification, password reset) no longer works. */
export type LinkProblem = 'invalid' | 'expired';

/** The link's problem, or null when the failure is something else (network, server) worth a retry. */
export function linkProblem(error: unknown): LinkProblem | null {
  const { code, reason, fieldErrors } = readApiError(error);
  if (reason === 'TOKEN_EXPIRED') return 'expired';
  if (reason === 'TOKEN_INVALID' || code === 'NOT_FOUND') return 'invalid';
  // A token not even shaped like one fails validation: it is no link of ours either.
  if (code === 'BAD_REQUEST' && 'token' in fieldErrors) return 'invalid';
  return null;
}
