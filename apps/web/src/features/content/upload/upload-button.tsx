import { ChevronDown, FilePlus, FolderUp, Upload } from 'lucide-react';
import { useRef, type ChangeEvent } from 'react';
import { Button } from '../../../components/ui/button';
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuTrigger,
} from '../../../components/ui/dropdown-menu';
import { toast } from '../../../components/ui/toaster';
import { filesOfInput } from './read-drop';
import { startUploads } from './upload-store';

/** A folder input: the attribute React does not know, set on the element itself. */
const asFolderInput = (input: HTMLInputElement | null) => input?.setAttribute('webkitdirectory', '');

/**
 * "Upload" in the content toolbar: a menu with "Upload files" (several at once) and "Upload folder"
 * (its tree is recreated). The keyboard's way to upload, beside dragging onto the listing.
 */
export function UploadButton({
  orgId,
  projectId,
  folderId,
}: {
  orgId: string;
  projectId: string;
  folderId: string | null;
}) {
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);

  const chosen = (event: ChangeEvent<HTMLInputElement>) => {
    const files = filesOfInput(event.currentTarget.files);
    event.currentTarget.value = ''; // choosing the same files again uploads them again
    if (files.length === 0) return;
    startUploads(files, { orgId, projectId, folderId }).catch((error: unknown) =>
      toast.error(error instanceof Error ? error.message : 'The upload could not start.'),
    );
  };

  return (
    <>
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button>
            <Upload aria-hidden className="size-4" />
            Upload
            <ChevronDown aria-hidden className="-mr-1 size-4" />
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="end">
          <DropdownMenuItem onSelect={() => filesInput.current?.click()}>
            <FilePlus aria-hidden className="size-4 text-zinc-500" />
            Upload files
          </DropdownMenuItem>
          <DropdownMenuItem onSelect={() => folderInput.current?.click()}>
            <FolderUp aria-hidden className="size-4 text-zinc-500" />
            Upload folder
          </DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
      <input ref={filesInput} type="file" multiple hidden aria-label="Files to upload" onChange={chosen} />
      <input
        ref={(input) => {
          folderInput.current = input;
          asFolderInput(input);
        }}
        type="file"
        hidden
        aria-label="Folder to upload"
        onChange={chosen}
      />
    </>
  );
}
