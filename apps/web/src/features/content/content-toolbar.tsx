import { FolderPlus } from 'lucide-react';
import type { ReactNode } from 'react';
import { Button } from '../../components/ui/button';
import { MembersSearch } from '../members/members-search';

/** Above the listing: the folder's path, a search through the project, and what the user may add. */
export function ContentToolbar({
  breadcrumbs,
  typed,
  onType,
  searching,
  canWrite,
  onNewFolder,
  upload,
}: {
  breadcrumbs: ReactNode;
  typed: string;
  onType(value: string): void;
  searching: boolean;
  canWrite: boolean;
  onNewFolder(): void;
  /** The upload button, when the user may upload. */
  upload: ReactNode;
}) {
  return (
    <div className="space-y-3 border-b border-zinc-200 px-3 py-3 sm:px-4">
      <div className="flex min-h-[2.25rem] items-center">{breadcrumbs}</div>
      <div className="flex flex-wrap items-center gap-3">
        <MembersSearch
          label="Search files and folders"
          placeholder="Search this project"
          value={typed}
          onChange={onType}
          searching={searching}
        />
        {canWrite && (
          <div className="flex gap-3 sm:ml-auto">
            <Button variant="secondary" onClick={onNewFolder}>
              <FolderPlus aria-hidden className="size-4" />
              New folder
            </Button>
            {upload}
          </div>
        )}
      </div>
    </div>
  );
}
