import { Link } from '@tanstack/react-router';
import { FolderX } from 'lucide-react';
import { buttonLinkClass } from '../../components/ui/button-link';
import { EmptyState } from '../../components/ui/empty-state';
import { useDocumentTitle } from '../../lib/use-document-title';

/** A project that does not exist, or that the user cannot see (the API answers the same for both). */
export function ProjectNotFound({ orgId }: { orgId: string }) {
  useDocumentTitle('Project not found');
  return (
    <EmptyState
      icon={FolderX}
      title="Project not found"
      action={
        <Link to="/orgs/$orgId/projects" params={{ orgId }} className={buttonLinkClass('primary')}>
          Back to projects
        </Link>
      }
    >
      It does not exist, it was archived, or you have not been added to it. Ask a manager of the project or an
      admin of the organization to add you.
    </EmptyState>
  );
}
