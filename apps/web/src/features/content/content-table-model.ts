import {
  metaHelper,
  rowSelectionFeature,
  rowSortingFeature,
  tableFeatures,
  type Row,
  type Table,
} from '@tanstack/react-table';
import type { ContentItem } from './content-queries';
import type { ProjectSearch } from './content-search-params';

export type ContentAction = 'rename' | 'move' | 'delete';

/** What the cells need from the browser around them. */
export interface ContentTableMeta {
  orgId: string;
  projectId: string;
  /** Upload, create, rename, move and delete files (content.write, in an active project). */
  canWrite: boolean;
  /** Delete folders (project.manage, in an active project). */
  canDeleteFolders: boolean;
  /** The rows are a search through the whole project (not one folder's content). */
  searching: boolean;
  /** The URL search that opens a folder (null: the project's root), keeping the sort. */
  folderSearch(folderId: string | null): ProjectSearch;
  onAction(action: ContentAction, items: ContentItem[]): void;
}

export interface ContentColumnMeta {
  /** Sizes the column, or hides it below a width (its value then folds into the name's cell). */
  className?: string;
}

// Sorting is the server's (manualSorting): the table only keeps which header is sorted and how.
export const contentFeatures = tableFeatures({
  rowSelectionFeature,
  rowSortingFeature,
  tableMeta: metaHelper<ContentTableMeta>(),
  columnMeta: metaHelper<ContentColumnMeta>(),
});

export type ContentTable = Table<typeof contentFeatures, ContentItem>;
export type ContentRow = Row<typeof contentFeatures, ContentItem>;

/** Whether the user may delete this item: files with content.write, folders as a manager. */
export function canDelete(meta: ContentTableMeta, item: ContentItem): boolean {
  return item.kind === 'folder' ? meta.canDeleteFolders : meta.canWrite;
}
