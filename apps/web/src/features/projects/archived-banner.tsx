import { Archive } from 'lucide-react';
import { Button } from '../../components/ui/button';
import { useRestoreProject } from './use-restore-project';

/** On an archived project (seen by owners and admins only): it is read-only until restored. */
export function ArchivedBanner({ projectId, canRestore }: { projectId: string; canRestore: boolean }) {
  const { restore, pending } = useRestoreProject();
  return (
    <div
      role="status"
      className="mb-6 flex items-center gap-3 rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900"
    >
      <Archive aria-hidden className="size-4 shrink-0 text-amber-600" />
      <p className="flex-1">
        <span className="font-medium">This project is archived.</span> It is read-only, and members no longer
        see it.
      </p>
      {canRestore && (
        <Button variant="secondary" size="sm" loading={pending} onClick={() => restore(projectId)}>
          Restore
        </Button>
      )}
    </div>
  );
}
