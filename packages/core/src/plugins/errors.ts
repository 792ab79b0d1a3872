import { DomainError } from '../errors.js';

/** A plugin that does not exist, or belongs to another organization: the same answer. */
export function pluginNotFound(): DomainError {
  return new DomainError('PLUGIN_NOT_FOUND', 'This plugin is not installed in the organization.');
}
