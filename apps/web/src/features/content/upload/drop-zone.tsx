import { Upload } from 'lucide-react';
import { useEffect, useRef, useState, type DragEvent, type ReactNode } from 'react';
import { toast } from '../../../components/ui/toaster';
import { dragHasFiles, readDrop } from './read-drop';
import { startUploads } from './upload-store';

/**
 * Files and whole folders dragged from the computer onto `children` (the listing) upload into the
 * folder shown; while they hover, an overlay says where they will go. Keyboard users have the
 * UploadButton. Drags of anything else (text, the app's own rows) pass through untouched.
 */
export function DropZone({
  orgId,
  projectId,
  folderId,
  folderName,
  disabled = false,
  children,
}: {
  orgId: string;
  projectId: string;
  folderId: string | null;
  /** Named in the overlay ("Drop to upload to Photos"); the project's name at its root. */
  folderName?: string;
  disabled?: boolean;
  children: ReactNode;
}) {
  const [over, setOver] = useState(false);
  // dragenter/dragleave fire for every child crossed: counted, the overlay goes when it reaches 0.
  const depth = useRef(0);

  useEffect(() => {
    // A file dropped just beside the zone would make the browser open it, leaving the app.
    const keepPage = (event: globalThis.DragEvent) => {
      if (dragHasFiles(event.dataTransfer)) event.preventDefault();
    };
    window.addEventListener('dragover', keepPage);
    window.addEventListener('drop', keepPage);
    return () => {
      window.removeEventListener('dragover', keepPage);
      window.removeEventListener('drop', keepPage);
    };
  }, []);

  const accepts = (event: DragEvent) => !disabled && dragHasFiles(event.dataTransfer);
  const reset = () => {
    depth.current = 0;
    setOver(false);
  };

  const onDrop = (event: DragEvent) => {
    if (!accepts(event)) return;
    event.preventDefault();
    reset();
    readDrop(event.dataTransfer)
      .then(({ files, emptyFolders }) => {
        if (files.length === 0 && emptyFolders.length === 0) return;
        return startUploads(files, { orgId, projectId, folderId }, { emptyFolders });
      })
      .catch((error: unknown) =>
        toast.error(
          error instanceof Error
            ? `Could not read what was dropped: ${error.message}`
            : 'Could not read what was dropped.',
        ),
      );
  };

  return (
    <div
      className="relative"
      data-testid="drop-zone"
      onDragEnter={(event) => {
        if (!accepts(event)) return;
        event.preventDefault();
        depth.current++;
        setOver(true);
      }}
      onDragOver={(event) => {
        if (!accepts(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={(event) => {
        if (!accepts(event)) return;
        depth.current = Math.max(0, depth.current - 1);
        if (depth.current === 0) setOver(false);
      }}
      onDrop={onDrop}
    >
      {children}
      {/* The words near the top: the middle of a long listing may be below the fold or under the panel. */}
      {over && (
        <div
          aria-hidden
          className="pointer-events-none absolute inset-0 z-20 flex min-h-32 items-start justify-center pt-10 rounded-lg border-2 border-dashed border-indigo-500 bg-indigo-50/90"
        >
          <p className="flex items-center gap-2 rounded-md bg-white px-4 py-2 text-sm font-medium text-indigo-700 shadow-sm">
            <Upload aria-hidden className="size-4" />
            {folderName ? `Drop to upload to ${folderName}` : 'Drop to upload here'}
          </p>
        </div>
      )}
    </div>
  );
}
