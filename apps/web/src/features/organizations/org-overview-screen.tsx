import { can } from '@roster/core/browser';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Pencil } from 'lucide-react';
import { useState } from 'react';
import { PageHeader } from '../../components/page-header';
import { Button } from '../../components/ui/button';
import { textLinkClass } from '../../components/ui/text-link';
import { trpc } from '../../lib/trpc';
import { useDocumentTitle } from '../../lib/use-document-title';
import { InviteDialog } from '../invitations/invite-dialog';
import { NewProjectDialog } from '../projects/new-project-dialog';
import { GettingStarted, type GettingStartedStep } from './getting-started';
import { MembersGlance } from './members-glance';
import { planLabels, roleLabels, seatsLabel } from './org-format';
import { useCurrentOrg } from './org-queries';
import { ProjectsGlance } from './projects-glance';
import { RenameOrgDialog } from './rename-org-dialog';
import { storageLabel } from './storage-format';

/**
 * `/orgs/$orgId`: a new organization's first steps (for those who can take them), then its members
 * and projects at a glance.
 */
export function OrgOverviewScreen() {
  const org = useCurrentOrg();
  const [renaming, setRenaming] = useState(false);
  const [inviting, setInviting] = useState(false);
  const [creatingProject, setCreatingProject] = useState(false);
  useDocumentTitle(org.name);
  const canUpdate = can(org.role, 'org.update');
  const canInvite = can(org.role, 'invitation.manage');
  const canCreateProject = can(org.role, 'project.manage');
  const projects = useQuery(trpc.project.list.queryOptions({ orgId: org.id }));
  const invitations = useQuery({
    ...trpc.invitation.list.queryOptions({ orgId: org.id }),
    enabled: canInvite,
  });

  const steps: GettingStartedStep[] = [];
  if (canInvite && invitations.data) {
    steps.push({
      title: 'Invite your team',
      description: 'Invite people by email; they join with the role you choose.',
      done: org.seats.used > 1 || invitations.data.length > 0,
      action: { label: 'Invite members', onClick: () => setInviting(true) },
    });
  }
  if (canCreateProject && projects.data) {
    steps.push({
      title: 'Create a project',
      description: 'Projects group work and the people on it, beside the organization-wide Library.',
      done: projects.data.some((project) => !project.isLibrary),
      action: { label: 'Create a project', onClick: () => setCreatingProject(true) },
    });
  }

  return (
    <>
      <PageHeader
        eyebrow="Organization"
        title={org.name}
        titleAction={
          canUpdate && (
            <Button
              variant="ghost"
              size="icon"
              aria-label="Rename organization"
              title="Rename organization"
              onClick={() => setRenaming(true)}
            >
              <Pencil aria-hidden className="size-4" />
            </Button>
          )
        }
        description={
          <>
            {planLabels[org.plan]} plan · {seatsLabel(org.seats)} seats
            {can(org.role, 'usage.read') && <> · {storageLabel(org.storage)} storage used</>} · You are{' '}
            {roleLabels[org.role].toLowerCase()}
            {' · '}
            <Link to="/orgs/$orgId/settings" params={{ orgId: org.id }} className={textLinkClass}>
              Plan and settings
            </Link>
          </>
        }
      />
      {/* Keyed by organization: hidden or not is remembered per organization. */}
      {steps.length > 0 && <GettingStarted key={org.id} orgId={org.id} steps={steps} />}
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        <MembersGlance orgId={org.id} />
        <ProjectsGlance orgId={org.id} projects={projects.data} />
      </div>
      {canUpdate && <RenameOrgDialog org={org} open={renaming} onOpenChange={setRenaming} />}
      {canInvite && <InviteDialog org={org} open={inviting} onOpenChange={setInviting} />}
      {canCreateProject && <NewProjectDialog open={creatingProject} onOpenChange={setCreatingProject} />}
    </>
  );
}
