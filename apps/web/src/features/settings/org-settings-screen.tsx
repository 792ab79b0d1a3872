import { can } from '@roster/core/browser';
import { PageHeader } from '../../components/page-header';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useCurrentOrg } from '../organizations/org-queries';
import { InvitationExpiryForm } from './invitation-expiry-form';

/** `/orgs/$orgId/settings`: the organization's settings. */
export function OrgSettingsScreen() {
  const org = useCurrentOrg();
  useDocumentTitle(`Settings · ${org.name}`);
  const editable = can(org.role, 'org.update');
  return (
    <>
      <PageHeader
        eyebrow={org.name}
        title="Settings"
        description="Rules that apply to everyone in this organization."
      />
      {/* Keyed by organization: switching organizations starts the form from that one's values. */}
      <InvitationExpiryForm key={org.id} org={org} editable={editable} />
    </>
  );
}
