import { EntitySchema, t, type Opt, type Ref } from '@mikro-orm/core';
import { BaseEntity, BaseEntitySchema } from './base.entity.js';
import type { Organization } from './organization.entity.js';

export type ProjectVisibility = 'members' | 'organization';

/**
 * A project of one organization. Every organization has exactly one Library project (visibility
 * `organization`), guaranteed by a partial unique index (see the migrations).
 */
export class Project extends BaseEntity {
  organization!: Ref<Organization>;
  name!: string;
  description: Opt<string> = '';
  visibility!: ProjectVisibility;
  isLibrary: Opt<boolean> = false;
  archivedAt: Opt<Date> | null = null;
}

export const ProjectSchema = new EntitySchema<Project, BaseEntity>({
  class: Project,
  extends: BaseEntitySchema,
  tableName: 'projects',
  indexes: [
    {
      name: 'projects_one_library',
      expression: 'create unique index projects_one_library on projects (organization_id) where is_library',
    },
  ],
  properties: {
    organization: {
      kind: 'm:1',
      entity: 'Organization',
      ref: true,
      deleteRule: 'cascade',
      index: 'projects_organization_id_index',
    },
    name: { type: 'string', length: 100 },
    description: { type: 'string', length: 500, default: '' },
    visibility: { type: 'string', length: 20 },
    isLibrary: { type: 'boolean', default: false },
    archivedAt: { type: t.datetime, nullable: true },
  },
});
