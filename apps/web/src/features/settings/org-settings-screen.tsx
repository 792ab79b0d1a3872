import { can } from '@roster/core/browser';
import { PageHeader } from '../../components/page-header';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useCurrentOrg } from '../organizations/org-queries';
import { InvitationExpiryForm } from './invitation-expiry-form';
import { LeaveOrgSection } from './leave-org-section';
import { OrgNameForm } from './org-name-form';
import { PlanCard } from './plan-card';

/** `/orgs/$orgId/settings`: name, invitation expiry, plan and leaving, on one page. */
export function OrgSettingsScreen() {
  const org = useCurrentOrg();
  useDocumentTitle(`Settings · ${org.name}`);
  const editable = can(org.role, 'org.update');
  return (
    <>
      <PageHeader
        eyebrow={org.name}
        title="Settings"
        description={
          editable
            ? 'Rules that apply to everyone in this organization.'
            : 'Rules that apply to everyone in this organization. Only owners and admins can change them.'
        }
      />
      {/* Keyed by organization: switching organizations starts the forms from that one's values. */}
      <div key={org.id} className="space-y-6">
        <OrgNameForm org={org} editable={editable} />
        <InvitationExpiryForm org={org} editable={editable} />
        <PlanCard org={org} />
        <LeaveOrgSection org={org} />
      </div>
    </>
  );
}
