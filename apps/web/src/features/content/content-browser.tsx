import { canInProject } from '@roster/core/browser';
import { useNavigate } from '@tanstack/react-router';
import type { SortingState } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import type { Project } from '../projects/project-queries';
import { ContentBody } from './content-body';
import { ContentBreadcrumbs } from './content-breadcrumbs';
import { ContentDialogs, type ContentRequest } from './content-dialogs';
import { downloadItems } from './content-links';
import { useContentList, type ContentItem } from './content-queries';
import { sortOf, sortSearch, type ContentSort, type ProjectSearch } from './content-search-params';
import type { ContentTableMeta } from './content-table-model';
import { ContentToolbar } from './content-toolbar';
import { SelectionBar } from './selection-bar';
import { DropZone } from './upload/drop-zone';
import { UploadButton } from './upload/upload-button';
import { useSearchBox } from './use-search-box';
import { useSelection } from './use-selection';

/**
 * A project's files and folders (PRODUCT.md §5): the folder open, the search and the sort are in the
 * URL. What the user's project role does not allow is not shown; an archived project is read-only.
 */
export function ContentBrowser({
  orgId,
  project,
  search,
}: {
  orgId: string;
  project: Project;
  search: ProjectSearch;
}) {
  const navigate = useNavigate();
  const go = (next: ProjectSearch, replace = false) =>
    void navigate({
      to: '/orgs/$orgId/projects/$projectId',
      params: { orgId, projectId: project.id },
      search: next,
      replace,
    });
  const { sort, order } = sortOf(search);
  const folderId = search.folder ?? null;
  const q = search.q ?? '';
  const folderSearch = (id: string | null): ProjectSearch => ({
    ...sortSearch(sort, order),
    ...(id ? { folder: id } : {}),
  });
  const box = useSearchBox(q, (value) =>
    go({ ...folderSearch(folderId), ...(value ? { q: value } : {}) }, true),
  );

  const list = useContentList({
    orgId,
    projectId: project.id,
    folderId: q ? null : folderId,
    search: q,
    sort,
    order,
  });
  const items = useMemo(() => list.data?.pages.flatMap((page) => page.items) ?? [], [list.data]);
  const folder = list.data?.pages[0]?.folder ?? null;
  const selection = useSelection(`${folderId}|${q}|${sort}|${order}`, items);
  const [request, setRequest] = useState<ContentRequest | null>(null);
  const [dialogOpen, setDialogOpen] = useState(false);
  const ask = (next: ContentRequest) => {
    setRequest(next);
    setDialogOpen(true);
  };

  const active = !project.archivedAt;
  const meta: ContentTableMeta = {
    orgId,
    projectId: project.id,
    canWrite: active && canInProject(project.role, 'content.write'),
    canDeleteFolders: active && canInProject(project.role, 'project.manage'),
    searching: Boolean(q),
    folderSearch,
    onAction: (action, targets) => ask({ action, items: targets }),
  };
  const sorting: SortingState = [{ id: sort, desc: order === 'desc' }];
  const onSort = (update: SortingState | ((old: SortingState) => SortingState)) => {
    const next = (typeof update === 'function' ? update(sorting) : update)[0];
    if (!next) return;
    go(
      {
        ...(folderId ? { folder: folderId } : {}),
        ...(q ? { q } : {}),
        ...sortSearch(next.id as ContentSort, next.desc ? 'desc' : 'asc'),
      },
      true,
    );
  };
  const open = (item: ContentItem) =>
    item.kind === 'folder' ? go(folderSearch(item.id)) : downloadItems([item]);
  const folderName = folder?.name ?? project.name;
  const upload = meta.canWrite && <UploadButton orgId={orgId} projectId={project.id} folderId={folderId} />;

  return (
    <>
      {selection.selected.length > 0 ? (
        <SelectionBar selected={selection.selected} meta={meta} onClear={selection.clear} />
      ) : (
        <ContentToolbar
          breadcrumbs={
            <ContentBreadcrumbs
              orgId={orgId}
              projectId={project.id}
              projectName={project.name}
              folder={folder}
              searching={q}
              folderSearch={folderSearch}
            />
          }
          typed={box.typed}
          onType={box.setTyped}
          searching={box.settling || (list.isPlaceholderData && list.isFetching)}
          // Over search results there is no folder on screen to add to.
          canWrite={meta.canWrite && !q}
          onNewFolder={() => ask({ action: 'new-folder' })}
          upload={upload}
        />
      )}
      <DropZone
        orgId={orgId}
        projectId={project.id}
        folderId={folderId}
        folderName={folderName}
        disabled={!meta.canWrite || Boolean(q)}
      >
        <ContentBody
          list={list}
          items={items}
          meta={meta}
          search={q}
          root={folderId === null}
          onClearSearch={() => box.setTyped('')}
          onNewFolder={() => ask({ action: 'new-folder' })}
          projectName={project.name}
          table={{
            caption: q ? `Files and folders matching ${q}` : `Files and folders in ${folderName}`,
            sorting,
            onSortingChange: onSort,
            rowSelection: selection.rows,
            onRowSelectionChange: selection.setRows,
            onOpen: open,
          }}
        />
      </DropZone>
      <ContentDialogs
        orgId={orgId}
        projectId={project.id}
        projectName={project.name}
        folderId={folderId}
        folderName={folderName}
        request={request}
        open={dialogOpen}
        onClose={() => setDialogOpen(false)}
        onDone={selection.clear}
      />
    </>
  );
}
