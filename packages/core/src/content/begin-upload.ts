import { randomUUID } from 'node:crypto';
import { Blob, findSiblingByName, isUniqueViolation } from '@roster/db';
import { DomainError } from '../errors.js';
import { assertActive, assertCanInProject, loadProject } from '../projects/load.js';
import { transact, type Scope } from '../scope.js';
import { nameKeyOf } from '../vocabulary/content.js';
import type { UploadTicket } from './dto.js';
import { nameTaken } from './errors.js';
import { loadTargetFolder } from './load.js';
import { reserveStorage, storageUsed } from './quota.js';
import { beginUploadInput, type BeginUploadInput } from './schemas.js';

const MiB = 1024 * 1024;
const inMiB = (bytes: number) => `${Math.floor(bytes / MiB).toLocaleString('en')} MiB`;

/** The storage key of a raw upload's bytes. */
export function blobKeyOf(orgId: string, blobId: string): string {
  return `blobs/${orgId}/${blobId}`;
}

/**
 * Starts an upload (the raw `/v1` POST or a tus creation): checks who may upload where, the plan's
 * largest file, a name that must not be taken (`fail`) or a folder in the way (`replace`), then
 * reserves `size` bytes of the organization's quota and writes the blob row ('uploading') in one
 * transaction. `options.key`: where the bytes will be when not `blobs/<orgId>/<blobId>` (tus).
 */
export async function beginUpload(
  scope: Scope,
  raw: BeginUploadInput,
  options: { key?: string } = {},
): Promise<UploadTicket> {
  // Parsed here too: uploads come from several edges (raw POST, tus metadata), and a name is stored as given.
  const parsed = beginUploadInput.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DomainError('INVALID_INPUT', issue?.message ?? 'Not a valid upload.', {
      field: String(issue?.path[0] ?? ''),
    });
  }
  const input = parsed.data;
  const onConflict = input.onConflict ?? 'rename';
  const largest = scope.org.limits.largestFileBytes;
  return transact(scope, async (tx) => {
    const loaded = await loadProject(tx, input.projectId);
    assertCanInProject(loaded, 'content.write');
    assertActive(loaded.project);
    if (largest !== null && input.size > largest) {
      throw new DomainError('FILE_TOO_LARGE', `Files can be at most ${inMiB(largest)} on your plan.`, {
        limit: largest,
        size: input.size,
      });
    }
    const folder = await loadTargetFolder(tx.em, input.projectId, input.folderId);
    const folderId = folder?.id ?? null;
    if (onConflict !== 'rename') {
      const sibling = await findSiblingByName(
        tx.em,
        { projectId: input.projectId, parentId: folderId },
        nameKeyOf(input.name),
      );
      if (sibling && (onConflict === 'fail' || sibling.kind === 'folder')) throw nameTaken(input.name);
    }
    if (!(await reserveStorage(tx.em, tx.org, input.size, tx.now))) {
      const limit = tx.org.limits.storageBytes ?? 0;
      const used = await storageUsed(tx.em, tx.org.id);
      throw new DomainError(
        'STORAGE_QUOTA_EXCEEDED',
        `Not enough storage left: ${inMiB(Math.max(0, limit - used))} free of ${inMiB(limit)} on your plan.`,
        { limit, used, size: input.size },
      );
    }
    const blobId = randomUUID();
    const key = options.key ?? blobKeyOf(tx.org.id, blobId);
    try {
      await tx.em.insert(Blob, {
        id: blobId,
        organization: tx.org.id,
        key,
        size: input.size,
        state: 'uploading',
        uploadId: input.uploadId ?? null,
        createdAt: tx.now,
        updatedAt: tx.now,
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      throw new DomainError('INVALID_INPUT', 'This upload has already begun.', { field: 'uploadId' });
    }
    return {
      blobId,
      key,
      orgId: tx.org.id,
      projectId: input.projectId,
      folderId,
      name: input.name,
      size: input.size,
      onConflict,
    };
  });
}
