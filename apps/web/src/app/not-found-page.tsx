import { Link } from '@tanstack/react-router';
import { Compass } from 'lucide-react';
import { Logo } from '../components/logo';
import { buttonLinkClass } from '../components/ui/button-link';
import { EmptyState } from '../components/ui/empty-state';
import { useDocumentTitle } from '../lib/use-document-title';

/** Any URL the app has no page for. */
export function NotFoundPage() {
  useDocumentTitle('Page not found');
  return (
    <main className="flex min-h-screen flex-col items-center justify-center px-4">
      <Logo className="mb-6" />
      <EmptyState
        icon={Compass}
        title="Page not found"
        action={
          <Link to="/" className={buttonLinkClass('primary')}>
            Go to Roster
          </Link>
        }
      >
        The address may be mistyped, or the page may have moved.
      </EmptyState>
    </main>
  );
}
