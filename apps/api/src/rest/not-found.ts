import { DomainError } from '@roster/core';

/** What core answers for a project the caller cannot see: /v1 answers the same for another org's. */
export function projectNotFound(): DomainError {
  return new DomainError('PROJECT_NOT_FOUND', 'This project does not exist or you cannot see it.');
}

/** What core answers for a folder or asset the caller cannot see. */
export function itemNotFound(kind: 'folder' | 'asset'): DomainError {
  return new DomainError(
    'ITEM_NOT_FOUND',
    kind === 'folder'
      ? 'This folder does not exist or you cannot see it.'
      : 'This file does not exist or you cannot see it.',
  );
}
