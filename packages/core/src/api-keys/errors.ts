import { DomainError } from '../errors.js';

/** A key that does not exist, or belongs to another organization: the same answer. */
export function apiKeyNotFound(): DomainError {
  return new DomainError('API_KEY_NOT_FOUND', 'This API key does not exist.');
}
