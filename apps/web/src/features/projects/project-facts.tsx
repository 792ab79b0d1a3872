import { can, projectRoleLabels, type OrgRole } from '@roster/core/browser';
import { Eye, ShieldCheck, Users } from 'lucide-react';
import { StatCard } from '../organizations/stat-card';
import { projectRoleDescriptions, visibilityDescriptions, visibilityShortLabels } from './project-format';
import type { Project } from './project-queries';

/** Who sees the project, what the user may do in it, and how many people are assigned. */
export function ProjectFacts({ project, orgRole }: { project: Project; orgRole: OrgRole }) {
  const viaOrgRole = can(orgRole, 'project.manage');
  return (
    <div className="grid grid-cols-1 gap-4 md:grid-cols-3">
      <StatCard icon={Eye} label="Visibility" value={visibilityShortLabels[project.visibility]}>
        {project.isLibrary
          ? 'The Library is always open to the whole organization.'
          : visibilityDescriptions[project.visibility]}
      </StatCard>
      <StatCard icon={ShieldCheck} label="Your role" value={projectRoleLabels[project.role]}>
        {viaOrgRole
          ? 'As an organization owner or admin, you manage every project.'
          : projectRoleDescriptions[project.role]}
      </StatCard>
      <StatCard icon={Users} label="Members" value={project.memberCount}>
        {project.memberCount === 0
          ? 'No one is assigned to this project yet.'
          : 'People added to this project, listed below with their roles.'}
      </StatCard>
    </div>
  );
}
