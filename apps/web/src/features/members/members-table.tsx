import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table';
import { Fragment } from 'react';
import { cn } from '../../lib/cn';
import { ActionsCell, DateCell, PersonCell, RoleCell, StatusCell } from './roster-cells';
import type { RosterRow } from './roster-rows';

const features = tableFeatures({ columnMeta: {} as { className?: string } });
const column = createColumnHelper<typeof features, RosterRow>();

const columns = column.columns([
  column.display({
    id: 'person',
    header: 'Name',
    cell: ({ row }) => <PersonCell row={row.original} />,
  }),
  column.display({
    id: 'role',
    header: 'Role',
    cell: ({ row }) => <RoleCell row={row.original} />,
    meta: { className: 'w-24' },
  }),
  column.display({
    id: 'status',
    header: 'Status',
    cell: ({ row }) => <StatusCell row={row.original} />,
    meta: { className: 'w-52' },
  }),
  column.display({
    id: 'date',
    header: 'Joined / expires',
    cell: ({ row }) => <DateCell row={row.original} />,
    meta: { className: 'w-44 whitespace-nowrap' },
  }),
  column.display({
    id: 'actions',
    header: () => <span className="sr-only">Actions</span>,
    cell: ({ row }) => <ActionsCell row={row.original} />,
    meta: { className: 'w-14 text-right' },
  }),
]);

const sectionTitles: Record<RosterRow['kind'], string> = { invitation: 'Invitations', member: 'Members' };

/** Members and invitations in one table, each kind under its own heading row. */
export function MembersTable({
  rows,
  counts,
}: {
  rows: RosterRow[];
  /** How many of each kind there are in all (members load page by page). */
  counts: Record<RosterRow['kind'], number>;
}) {
  const table = useTable({ features, columns, data: rows, getRowId: (row) => row.id });
  const columnCount = columns.length;

  return (
    // On a phone the table scrolls sideways rather than crushing its columns.
    <div className="overflow-x-auto">
      <table className="w-full min-w-2xl table-fixed text-left text-sm">
        <caption className="sr-only">Members and invitations</caption>
        <thead className="border-b border-zinc-200 text-xs font-medium text-zinc-500">
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => (
                <th
                  key={header.id}
                  scope="col"
                  className={cn('px-4 py-2.5 font-medium', header.column.columnDef.meta?.className)}
                >
                  {header.isPlaceholder ? null : <table.FlexRender header={header} />}
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row, index, all) => {
            const kind = row.original.kind;
            const startsSection = index === 0 || all[index - 1]!.original.kind !== kind;
            return (
              <Fragment key={row.id}>
                {startsSection && (
                  <tr className="bg-zinc-50/80">
                    <th
                      scope="colgroup"
                      colSpan={columnCount}
                      className="border-y border-zinc-100 px-4 py-1.5 text-xs font-semibold text-zinc-600"
                    >
                      {sectionTitles[kind]}{' '}
                      <span className="font-normal text-zinc-400">· {counts[kind]}</span>
                    </th>
                  </tr>
                )}
                <tr className="border-b border-zinc-100 last:border-b-0 hover:bg-zinc-50/60">
                  {row.getAllCells().map((cell) => (
                    <td
                      key={cell.id}
                      className={cn('px-4 py-3 align-middle', cell.column.columnDef.meta?.className)}
                    >
                      <table.FlexRender cell={cell} />
                    </td>
                  ))}
                </tr>
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
