import type { ProjectRole } from '../entities/project-member.entity.js';
import type { ProjectVisibility } from '../entities/project.entity.js';
import type { EntityManager } from '../orm.js';
import { itemColumns, toItemRow, type ItemRow, type RawItemRow } from './content-page.js';
import { toDate } from './dates.js';

/** An item as a reader sees it: the row, its project's standing, and the reader's assignment there. */
export interface ItemView {
  row: ItemRow;
  project: { id: string; visibility: ProjectVisibility; archivedAt: Date | null };
  /** The project role `userId` was assigned in the item's project; null without one (or no user). */
  assigned: ProjectRole | null;
}

/**
 * A folder or asset of an organization with its creator's name, its project's visibility and
 * archival, and the project role of `userId` there — everything a read needs to decide and
 * answer, in one query (every `GET /v1/assets/:id` runs it). Null when the organization has no
 * such item of this kind.
 */
export async function findItemView(
  em: EntityManager,
  query: { orgId: string; id: string; kind: ItemRow['kind']; userId: string | null },
): Promise<ItemView | null> {
  const [raw] = await em.execute<Row[]>(
    `select ${itemColumns}, p.visibility as project_visibility__, p.archived_at as project_archived_at__,
            pm.role as assigned_role__
       from items i
       join projects p on p.id = i.project_id
       left join users u on u.id = i.created_by_id
       left join project_members pm on pm.project_id = i.project_id and pm.user_id = ?
      where i.id = ? and i.organization_id = ? and i.kind = ?`,
    [query.userId, query.id, query.orgId, query.kind],
  );
  if (!raw) return null;
  const archivedAt = raw.project_archived_at__;
  return {
    row: toItemRow(raw),
    project: {
      id: raw.project_id,
      visibility: raw.project_visibility__,
      archivedAt: archivedAt === null ? null : toDate(archivedAt),
    },
    assigned: raw.assigned_role__ ?? null,
  };
}

type Row = RawItemRow & {
  project_visibility__: ProjectVisibility;
  project_archived_at__: Date | number | string | null;
  assigned_role__: ProjectRole | null;
};
