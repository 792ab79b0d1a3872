import { EntitySchema, type PrimaryKeyProp, type Ref } from '@mikro-orm/core';
import type { ApiKey } from './api-key.entity.js';
import type { Organization } from './organization.entity.js';
import type { Project } from './project.entity.js';

/**
 * A project an API key is limited to (keys with `allProjects` have none). `organization` repeats
 * the key's, so the rows of an organization can be found without a join.
 */
export class ApiKeyProject {
  declare [PrimaryKeyProp]?: ['apiKey', 'project'];
  apiKey!: Ref<ApiKey>;
  project!: Ref<Project>;
  organization!: Ref<Organization>;
}

export const ApiKeyProjectSchema = new EntitySchema<ApiKeyProject>({
  class: ApiKeyProject,
  tableName: 'api_key_projects',
  properties: {
    // The primary key (api_key_id, project_id) is the key's index.
    apiKey: { kind: 'm:1', entity: 'ApiKey', ref: true, primary: true, deleteRule: 'cascade', index: false },
    project: {
      kind: 'm:1',
      entity: 'Project',
      ref: true,
      primary: true,
      deleteRule: 'cascade',
      // Deleting a project finds its rows by this index (the primary key starts with the key).
      index: 'api_key_projects_project_id_index',
    },
    organization: {
      kind: 'm:1',
      entity: 'Organization',
      ref: true,
      deleteRule: 'cascade',
      index: 'api_key_projects_organization_id_index',
    },
  },
});
