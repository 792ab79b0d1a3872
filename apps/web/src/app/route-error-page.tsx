import { useRouter, type ErrorComponentProps } from '@tanstack/react-router';
import { TriangleAlert } from 'lucide-react';
import { Logo } from '../components/logo';
import { Button } from '../components/ui/button';
import { EmptyState } from '../components/ui/empty-state';
import { readApiError } from '../lib/api-error';
import { useDocumentTitle } from '../lib/use-document-title';

/** A page that failed to load (most often: the API could not be reached). */
export function RouteErrorPage({ error, reset }: ErrorComponentProps) {
  useDocumentTitle('Something went wrong');
  const router = useRouter();
  const fromApi = readApiError(error);
  return (
    <main className="flex min-h-screen flex-col items-center justify-center px-4">
      <Logo className="mb-6" />
      <EmptyState
        icon={TriangleAlert}
        title="Something went wrong"
        action={
          <Button
            variant="secondary"
            onClick={() => {
              reset();
              void router.invalidate();
            }}
          >
            Try again
          </Button>
        }
      >
        {fromApi.code ? fromApi.message : 'Roster could not be reached. Check your connection and try again.'}
      </EmptyState>
    </main>
  );
}
