import { Archive, Pencil } from 'lucide-react';
import { useState } from 'react';
import { PageHeader } from '../../components/page-header';
import { Button } from '../../components/ui/button';
import { ArchiveProjectDialog } from './archive-project-dialog';
import { EditProjectDialog } from './edit-project-dialog';
import { ArchivedBadge, LibraryBadge } from './project-badges';
import { ProjectBreadcrumbs } from './project-breadcrumbs';
import type { Project } from './project-queries';

/** Breadcrumbs, name, description, and the actions the user's roles allow. */
export function ProjectHeader({
  orgId,
  project,
  canEdit,
  canChangeVisibility,
  canArchive,
}: {
  orgId: string;
  project: Project;
  canEdit: boolean;
  canChangeVisibility: boolean;
  canArchive: boolean;
}) {
  const [editing, setEditing] = useState(false);
  const [archiving, setArchiving] = useState(false);
  return (
    <>
      <ProjectBreadcrumbs orgId={orgId} current={project.name} />
      <PageHeader
        title={project.name}
        titleAction={
          <span className="ml-1.5 flex gap-1.5">
            {project.isLibrary && <LibraryBadge />}
            {project.archivedAt && <ArchivedBadge />}
          </span>
        }
        description={
          project.description ? (
            <span className="whitespace-pre-line">{project.description}</span>
          ) : (
            <span className="italic">No description</span>
          )
        }
        actions={
          (canEdit || canArchive) && (
            <>
              {canArchive && (
                <Button variant="secondary" onClick={() => setArchiving(true)}>
                  <Archive aria-hidden className="size-4" />
                  Archive
                </Button>
              )}
              {canEdit && (
                <Button variant="secondary" onClick={() => setEditing(true)}>
                  <Pencil aria-hidden className="size-4" />
                  Edit
                </Button>
              )}
            </>
          )
        }
      />
      {canEdit && (
        <EditProjectDialog
          project={project}
          canChangeVisibility={canChangeVisibility}
          open={editing}
          onOpenChange={setEditing}
        />
      )}
      {canArchive && <ArchiveProjectDialog project={project} open={archiving} onOpenChange={setArchiving} />}
    </>
  );
}
