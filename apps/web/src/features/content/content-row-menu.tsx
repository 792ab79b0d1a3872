import { Link } from '@tanstack/react-router';
import { Download, FolderInput, FolderOpen, Pencil, Trash2 } from 'lucide-react';
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem } from '../../components/ui/dropdown-menu';
import { RowMenuTrigger } from '../members/row-menu-trigger';
import { downloadItems } from './content-links';
import type { ContentItem } from './content-queries';
import { canDelete, type ContentTableMeta } from './content-table-model';

const icon = 'size-4 text-zinc-500';

/**
 * An item's ⋮ menu: Open (a folder; a file found by a search opens its folder), Download (a folder
 * as a zip), and, for whoever may, Rename, Move and Delete.
 */
export function ContentRowMenu({ item, meta }: { item: ContentItem; meta: ContentTableMeta }) {
  const folderId = item.kind === 'folder' ? item.id : item.folderId;
  const opens = item.kind === 'folder' || meta.searching;
  return (
    <DropdownMenu>
      <RowMenuTrigger label={`Actions for ${item.name}`} />
      <DropdownMenuContent align="end" className="min-w-44">
        {opens && (
          <DropdownMenuItem asChild>
            <Link
              to="/orgs/$orgId/projects/$projectId"
              params={{ orgId: meta.orgId, projectId: meta.projectId }}
              search={meta.folderSearch(folderId)}
            >
              <FolderOpen aria-hidden className={icon} />
              {item.kind === 'folder' ? 'Open' : 'Show in folder'}
            </Link>
          </DropdownMenuItem>
        )}
        <DropdownMenuItem onSelect={() => downloadItems([item])}>
          <Download aria-hidden className={icon} />
          {item.kind === 'folder' ? 'Download as zip' : 'Download'}
        </DropdownMenuItem>
        {meta.canWrite && (
          <>
            <DropdownMenuItem onSelect={() => meta.onAction('rename', [item])}>
              <Pencil aria-hidden className={icon} />
              Rename…
            </DropdownMenuItem>
            <DropdownMenuItem onSelect={() => meta.onAction('move', [item])}>
              <FolderInput aria-hidden className={icon} />
              Move…
            </DropdownMenuItem>
          </>
        )}
        {canDelete(meta, item) && (
          <DropdownMenuItem destructive onSelect={() => meta.onAction('delete', [item])}>
            <Trash2 aria-hidden className="size-4" />
            Delete…
          </DropdownMenuItem>
        )}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
