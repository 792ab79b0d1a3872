import { createColumnHelper } from '@tanstack/react-table';
import { DateCell, NameCell, SizeCell, TypeCell, UploaderCell } from './content-cells';
import type { ContentItem } from './content-queries';
import { ContentRowMenu } from './content-row-menu';
import type { contentFeatures, ContentTableMeta } from './content-table-model';
import { RowCheckbox, SelectAllCheckbox } from './select-checkbox';

const column = createColumnHelper<typeof contentFeatures, ContentItem>();
const metaOf = (table: { options: { meta?: ContentTableMeta } }) => table.options.meta!;

// At 390 px: the checkbox, the name (size, type and date folded under it) and ⋮ (44 px targets).
// From 768 px size and date get columns; from 1280 px type and uploader too. Nothing scrolls
// sideways.
export const contentColumns = column.columns([
  column.display({
    id: 'select',
    header: ({ table }) => <SelectAllCheckbox table={table} />,
    cell: ({ row }) => <RowCheckbox row={row} />,
    meta: { className: 'w-11 pr-0 pl-4 max-lg:w-14 max-lg:pl-1 max-sm:w-12 max-sm:pl-0' },
  }),
  column.accessor('name', {
    header: 'Name',
    cell: ({ row, table }) => <NameCell item={row.original} meta={metaOf(table)} />,
    sortDescFirst: false,
    // On a phone the checkbox's and the menu's 44 px targets are the gutters: the name gets the rest.
    meta: { className: 'max-sm:px-1' },
  }),
  column.accessor((item) => (item.kind === 'asset' ? item.size : 0), {
    id: 'size',
    header: 'Size',
    cell: ({ row }) => <SizeCell item={row.original} />,
    sortDescFirst: true,
    meta: { className: 'w-28 max-md:hidden' },
  }),
  column.display({
    id: 'type',
    header: 'Type',
    cell: ({ row }) => <TypeCell item={row.original} />,
    meta: { className: 'w-32 max-xl:hidden' },
  }),
  column.display({
    id: 'uploadedBy',
    header: 'Uploaded by',
    cell: ({ row }) => <UploaderCell item={row.original} />,
    meta: { className: 'w-40 max-xl:hidden' },
  }),
  column.accessor('createdAt', {
    id: 'date',
    header: 'Date',
    cell: ({ row }) => <DateCell item={row.original} />,
    sortDescFirst: true,
    meta: { className: 'w-32 max-md:hidden' },
  }),
  column.display({
    id: 'actions',
    header: () => <span className="sr-only">Actions</span>,
    cell: ({ row, table }) => <ContentRowMenu item={row.original} meta={metaOf(table)} />,
    meta: { className: 'w-14 pl-0 text-right max-lg:w-16 max-sm:w-13 max-sm:pr-1' },
  }),
]);
