import { Link } from '@tanstack/react-router';
import { File, FileArchive, FileImage, FileText, FileVideo, Folder, type LucideIcon } from 'lucide-react';
import { rowNameLinkClass } from '../../components/ui/text-link';
import { cn } from '../../lib/cn';
import { formatDate } from '../../lib/dates';
import { formatBytes, typeLabel } from './content-format';
import { assetContentUrl } from './content-links';
import type { ContentItem } from './content-queries';
import type { ContentTableMeta } from './content-table-model';

function iconOf(item: ContentItem): LucideIcon {
  if (item.kind === 'folder') return Folder;
  const type = item.contentType;
  if (type.startsWith('image/')) return FileImage;
  if (type.startsWith('video/')) return FileVideo;
  if (type.startsWith('text/') || type === 'application/pdf') return FileText;
  if (/zip|gzip|tar|compressed/.test(type)) return FileArchive;
  return File;
}

/**
 * The item's icon and name: a folder's name opens it, a file's downloads it. Below 768 px its size
 * and date fold in under the name; below 1280 px, its type.
 */
export function NameCell({ item, meta }: { item: ContentItem; meta: ContentTableMeta }) {
  const Icon = iconOf(item);
  const folder = item.kind === 'folder';
  return (
    <div className="flex min-w-0 items-center gap-3">
      <Icon
        aria-hidden
        className={cn('size-5 shrink-0', folder ? 'fill-indigo-100 text-indigo-500' : 'text-zinc-400')}
      />
      <div className="min-w-0">
        <p className="flex min-w-0">
          {folder ? (
            <Link
              to="/orgs/$orgId/projects/$projectId"
              params={{ orgId: meta.orgId, projectId: meta.projectId }}
              search={meta.folderSearch(item.id)}
              className={rowNameLinkClass}
              title={item.name}
            >
              {item.name}
            </Link>
          ) : (
            <a
              href={assetContentUrl(item.id)}
              download={item.name}
              className={rowNameLinkClass}
              title={item.name}
            >
              {item.name}
            </a>
          )}
        </p>
        <p className="truncate text-xs text-zinc-600 md:hidden">
          {[
            item.kind === 'asset' ? formatBytes(item.size) : null,
            typeLabel(item),
            formatDate(item.createdAt),
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
        <p className="truncate text-xs text-zinc-600 max-md:hidden xl:hidden">{typeLabel(item)}</p>
      </div>
    </div>
  );
}

export function SizeCell({ item }: { item: ContentItem }) {
  if (item.kind === 'folder') return <span className="text-zinc-400">—</span>;
  return <span className="text-zinc-600 tabular-nums">{formatBytes(item.size)}</span>;
}

export function TypeCell({ item }: { item: ContentItem }) {
  return <span className="block truncate text-zinc-600">{typeLabel(item)}</span>;
}

export function UploaderCell({ item }: { item: ContentItem }) {
  const person = item.kind === 'folder' ? item.createdBy : item.uploadedBy;
  return <span className="block truncate text-zinc-600">{person?.name ?? 'Removed user'}</span>;
}

export function DateCell({ item }: { item: ContentItem }) {
  return <span className="whitespace-nowrap text-zinc-600">{formatDate(item.createdAt)}</span>;
}
