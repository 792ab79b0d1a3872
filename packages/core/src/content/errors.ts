import { DomainError } from '../errors.js';
import { maxFolderDepth, type ItemKind } from '../vocabulary/content.js';

export function itemNotFound(kind: ItemKind): DomainError {
  return kind === 'folder'
    ? new DomainError('ITEM_NOT_FOUND', 'This folder does not exist or you cannot see it.', { kind })
    : new DomainError('ITEM_NOT_FOUND', 'This file does not exist or you cannot see it.', { kind });
}

export function nameTaken(name: string): DomainError {
  return new DomainError('NAME_TAKEN', `“${name}” already exists here. Choose another name.`, {
    field: 'name',
    name,
  });
}

export function folderTooDeep(): DomainError {
  return new DomainError(
    'FOLDER_TOO_DEEP',
    `Folders nest at most ${maxFolderDepth} levels deep; this would go deeper.`,
  );
}
