import { Link } from '@tanstack/react-router';
import { Building2 } from 'lucide-react';
import { buttonLinkClass } from '../../components/ui/button-link';
import { EmptyState } from '../../components/ui/empty-state';
import { useDocumentTitle } from '../../lib/use-document-title';

/** An organization that does not exist, or that the user is not a member of (the API says the same). */
export function OrgNotFound() {
  useDocumentTitle('Organization not found');
  return (
    <EmptyState
      icon={Building2}
      title="Organization not found"
      action={
        <Link to="/" className={buttonLinkClass('primary')}>
          Back to my organization
        </Link>
      }
    >
      It does not exist, or you are not a member of it. Ask an admin of the organization for an invitation, or
      pick one of yours from the switcher.
    </EmptyState>
  );
}
