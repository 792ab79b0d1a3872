import { BigIntType, EntitySchema, type Opt, type Ref } from '@mikro-orm/core';
import { BaseEntity, BaseEntitySchema } from './base.entity.js';
import type { Blob } from './blob.entity.js';
import type { Organization } from './organization.entity.js';
import type { Project } from './project.entity.js';
import type { User } from './user.entity.js';

export type ItemKind = 'folder' | 'asset';

/**
 * A folder or an asset (a file) of a project's content tree: one table, so that sibling names are
 * unique across both kinds (`items_sibling_name`, on the case-folded `nameKey`; a root item's
 * parent counts as the project). `depth`: a root folder is 1, an asset has its folder's depth
 * (0 at the root).
 */
export class Item extends BaseEntity {
  organization!: Ref<Organization>;
  project!: Ref<Project>;
  /** The folder it is in; null at the project's root. */
  parent: Ref<Item> | null = null;
  kind!: ItemKind;
  name!: string;
  /** `nameKeyOf(name)`: NFC, lower case; what sibling uniqueness and search compare. */
  nameKey!: string;
  depth!: number;
  /** Bytes of an asset; 0 for folders. */
  size: Opt<number> = 0;
  contentType: Opt<string> | null = null;
  sha256: Opt<string> | null = null;
  /** An asset's bytes; null for folders. */
  blob: Ref<Blob> | null = null;
  createdBy: Ref<User> | null = null;
}

export const ItemSchema = new EntitySchema<Item, BaseEntity>({
  class: Item,
  extends: BaseEntitySchema,
  tableName: 'items',
  indexes: [
    {
      name: 'items_sibling_name',
      expression:
        'create unique index items_sibling_name on items (project_id, coalesce(parent_id, project_id), name_key)',
    },
    { name: 'items_list_name_index', properties: ['project', 'parent', 'kind', 'nameKey', 'id'] },
    { name: 'items_list_size_index', properties: ['project', 'parent', 'kind', 'size', 'id'] },
    { name: 'items_list_date_index', properties: ['project', 'parent', 'kind', 'createdAt', 'id'] },
    { name: 'items_search_index', properties: ['project', 'nameKey'] },
  ],
  properties: {
    organization: {
      kind: 'm:1',
      entity: 'Organization',
      ref: true,
      deleteRule: 'cascade',
      index: 'items_organization_id_index',
    },
    project: { kind: 'm:1', entity: 'Project', ref: true, deleteRule: 'cascade', index: false },
    parent: { kind: 'm:1', entity: 'Item', ref: true, nullable: true, deleteRule: 'cascade', index: false },
    kind: { type: 'string', length: 10 },
    name: { type: 'string', length: 255 },
    nameKey: { type: 'string', length: 255 },
    depth: { type: 'integer' },
    size: { type: new BigIntType('number'), default: 0 },
    contentType: { type: 'string', length: 255, nullable: true },
    sha256: { type: 'character', length: 64, nullable: true },
    blob: {
      kind: 'm:1',
      entity: 'Blob',
      ref: true,
      nullable: true,
      index: false,
      unique: 'items_blob_id_unique',
    },
    createdBy: {
      kind: 'm:1',
      entity: 'User',
      ref: true,
      nullable: true,
      deleteRule: 'set null',
      index: false,
    },
  },
});
