import { BigIntType, EntitySchema, type Opt, type Ref } from '@mikro-orm/core';
import { BaseEntity, BaseEntitySchema } from './base.entity.js';
import type { Organization } from './organization.entity.js';

/**
 * `uploading`: space reserved for bytes still arriving; `stored`: the bytes of an asset;
 * `deleting`: no longer counted, its bytes are removed by the worker's purge, then the row.
 */
export type BlobState = 'uploading' | 'stored' | 'deleting';

/**
 * Bytes in storage, or an upload's reservation of them. While `uploading` or `stored`, `size`
 * counts in the organization's `storageBytes`; a row leaves that count exactly once, when it turns
 * `deleting` (conditional updates on `state`). A row without bytes yet, or bytes without a row, are
 * fine: the purge deletes missing keys happily and the sweep removes bytes no row names.
 */
export class Blob extends BaseEntity {
  organization!: Ref<Organization>;
  /** Where the bytes are (or will be) in storage. */
  key!: string;
  /** Declared (while uploading) and then stored size, in bytes. */
  size!: number;
  state: Opt<BlobState> = 'uploading';
  /** The tus upload writing it; null for raw uploads. */
  uploadId: Opt<string> | null = null;
}

export const BlobSchema = new EntitySchema<Blob, BaseEntity>({
  class: Blob,
  extends: BaseEntitySchema,
  tableName: 'blobs',
  indexes: [{ name: 'blobs_state_updated_index', properties: ['state', 'updatedAt'] }],
  properties: {
    organization: {
      kind: 'm:1',
      entity: 'Organization',
      ref: true,
      deleteRule: 'cascade',
      index: 'blobs_organization_id_index',
    },
    key: { type: 'string', length: 512, unique: 'blobs_key_unique' },
    size: { type: new BigIntType('number') },
    state: { type: 'string', length: 10, default: 'uploading' },
    uploadId: { type: 'string', length: 128, nullable: true, unique: 'blobs_upload_id_unique' },
  },
});
