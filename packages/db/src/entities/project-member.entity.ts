import { randomUUID } from 'node:crypto';
import { EntitySchema, t, type Opt, type Ref } from '@mikro-orm/core';
import type { Organization } from './organization.entity.js';
import type { Project } from './project.entity.js';
import type { User } from './user.entity.js';

export type ProjectRole = 'manager' | 'contributor' | 'viewer';

/**
 * A user assigned to a project with a project role. `organization` repeats the project's, so
 * leaving an organization drops every assignment in it with one statement.
 */
export class ProjectMember {
  id: Opt<string> = randomUUID();
  project!: Ref<Project>;
  organization!: Ref<Organization>;
  user!: Ref<User>;
  role!: ProjectRole;
  createdAt: Opt<Date> = new Date();
}

export const ProjectMemberSchema = new EntitySchema<ProjectMember>({
  class: ProjectMember,
  tableName: 'project_members',
  uniques: [{ name: 'project_members_project_user_unique', properties: ['project', 'user'] }],
  indexes: [{ name: 'project_members_org_user_index', properties: ['organization', 'user'] }],
  properties: {
    id: { type: 'uuid', primary: true },
    project: { kind: 'm:1', entity: 'Project', ref: true, deleteRule: 'cascade' },
    organization: { kind: 'm:1', entity: 'Organization', ref: true, deleteRule: 'cascade', index: false },
    user: { kind: 'm:1', entity: 'User', ref: true, deleteRule: 'cascade', index: false },
    role: { type: 'string', length: 20 },
    createdAt: { type: t.datetime },
  },
});
