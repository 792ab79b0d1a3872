import { randomUUID } from 'node:crypto';
import { Item, lockProjectTree, moveBlobState } from '@roster/db';
import { DomainError, isDomainError } from '../errors.js';
import { assertActive, assertCanInProject, loadProject } from '../projects/load.js';
import { transact, type Scope } from '../scope.js';
import { nameKeyOf } from '../vocabulary/content.js';
import { abandonUpload } from './abandon-upload.js';
import { enqueuePurge } from './after-commit.js';
import type { AssetDto, UploadTicket } from './dto.js';
import { loadTargetFolder } from './load.js';
import { placeAsset } from './replace.js';
import { readAssetDto } from './to-dto.js';

/** What the bytes turned out to be, as the upload stream measured them. */
export interface UploadedBytes {
  size: number;
  sha256: string;
  contentType: string;
}

async function settle(scope: Scope, ticket: UploadTicket, bytes: UploadedBytes) {
  return transact(scope, async (tx) => {
    if (bytes.size !== ticket.size) {
      throw new DomainError(
        'UPLOAD_SIZE_MISMATCH',
        `The file has ${bytes.size} bytes, not the ${ticket.size} announced. Nothing was kept.`,
        { declared: ticket.size, received: bytes.size },
      );
    }
    // Still allowed? A long upload may outlive the caller's role or the project's activity.
    const loaded = await loadProject(tx, ticket.projectId);
    assertCanInProject(loaded, 'content.write');
    assertActive(loaded.project);
    await lockProjectTree(tx.em, ticket.projectId, 'share');
    const folder = await loadTargetFolder(tx.em, ticket.projectId, ticket.folderId);
    const blob = await moveBlobState(tx.em, ticket.blobId, 'uploading', 'stored', tx.now);
    if (!blob || blob.orgId !== tx.org.id) {
      throw new DomainError(
        'UPLOAD_NOT_FOUND',
        'This upload was cancelled or has expired. Upload the file again.',
      );
    }
    const createdBy = tx.actor.type === 'member' ? tx.actor.id : null;
    const placed = await placeAsset(
      tx.em,
      {
        orgId: tx.org.id,
        siblings: { projectId: ticket.projectId, parentId: ticket.folderId },
        name: ticket.name,
        policy: ticket.onConflict,
        now: tx.now,
      },
      async (em, name) => {
        const id = randomUUID();
        await em.insert(Item, {
          id,
          organization: tx.org.id,
          project: ticket.projectId,
          parent: ticket.folderId,
          kind: 'asset',
          name,
          nameKey: nameKeyOf(name),
          depth: folder?.depth ?? 0,
          size: bytes.size,
          contentType: bytes.contentType.slice(0, 255),
          sha256: bytes.sha256,
          blob: ticket.blobId,
          createdBy,
          createdAt: tx.now,
          updatedAt: tx.now,
        });
        return id;
      },
    );
    await tx.record('asset.uploaded', {
      assetId: placed.result,
      projectId: ticket.projectId,
      folderId: ticket.folderId,
      name: placed.name,
      size: bytes.size,
      ...(placed.replacedAssetId ? { replacedAssetId: placed.replacedAssetId } : {}),
    });
    return {
      dto: await readAssetDto(tx.em, tx.org.id, placed.result),
      replaced: placed.replacedAssetId !== undefined,
    };
  });
}

/**
 * Ends an upload whose bytes are in storage at `ticket.key`: the blob turns 'stored' and the asset
 * row appears by the ticket's conflict policy (`name (1).ext`, replace, or NAME_TAKEN), in one
 * transaction. When the domain refuses it (wrong size, name taken, folder, project or permission
 * gone), the upload is abandoned (its reservation released, its bytes purged) and the reason
 * thrown. Any other failure (the database busy or away) leaves the reservation as it was: the
 * caller may try again, and the sweep abandons reservations nobody completes.
 */
export async function completeUpload(
  scope: Scope,
  ticket: UploadTicket,
  bytes: UploadedBytes,
): Promise<AssetDto> {
  let outcome: Awaited<ReturnType<typeof settle>>;
  try {
    outcome = await settle(scope, ticket, bytes);
  } catch (error) {
    if (isDomainError(error) && error.reason !== 'BUSY') {
      if (await abandonUpload(scope.em, ticket, scope.now)) await enqueuePurge(scope);
    }
    throw error;
  }
  if (outcome.replaced) await enqueuePurge(scope);
  return outcome.dto;
}
