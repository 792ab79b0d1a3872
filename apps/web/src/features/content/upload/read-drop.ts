import type { FileToUpload } from './upload-store';

export interface DroppedContent {
  files: FileToUpload[];
  /** Paths of dropped folders with nothing in them ("Photos/empty"). */
  emptyFolders: string[];
}

/** Whether a drag carries files or folders from the computer (not text, links or the app's rows). */
export function dragHasFiles(dataTransfer: DataTransfer | null): boolean {
  return !!dataTransfer && [...dataTransfer.types].includes('Files');
}

/**
 * What was dropped, folders walked to the bottom: each file with its path in the dropped tree
 * ("Photos/2024/a.jpg"). The entries are taken at once: a DataTransfer empties after the drop event.
 */
export function readDrop(dataTransfer: DataTransfer): Promise<DroppedContent> {
  const items = [...dataTransfer.items].filter((item) => item.kind === 'file');
  const entries = items.map((item) => item.webkitGetAsEntry?.() ?? null);
  if (entries.length === 0 || entries.some((entry) => entry === null)) {
    // No entry API (or not for every item): the plain files, no folders.
    const files = [...dataTransfer.files].map((file) => ({ file, relativePath: file.name }));
    return Promise.resolve({ files, emptyFolders: [] });
  }
  return walk(entries as FileSystemEntry[]);
}

async function walk(roots: FileSystemEntry[]): Promise<DroppedContent> {
  const content: DroppedContent = { files: [], emptyFolders: [] };
  const visit = async (entry: FileSystemEntry): Promise<void> => {
    const path = entry.fullPath.replace(/^\/+/, '') || entry.name;
    if (entry.isFile) {
      const file = await fileOf(entry as FileSystemFileEntry);
      content.files.push({ file, relativePath: path });
      return;
    }
    if (!entry.isDirectory) return;
    const children = await childrenOf(entry as FileSystemDirectoryEntry);
    if (children.length === 0) content.emptyFolders.push(path);
    for (const child of children) await visit(child);
  };
  for (const root of roots) await visit(root);
  return content;
}

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

/** All of a directory's entries: readEntries gives them in batches (100 in Chrome) until an empty one. */
async function childrenOf(directory: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = directory.createReader();
  const all: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) =>
      reader.readEntries(resolve, reject),
    );
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

/** Files chosen in a file input: a folder input gives each file's path in the chosen folder. */
export function filesOfInput(list: FileList | null): FileToUpload[] {
  return [...(list ?? [])].map((file) => ({ file, relativePath: file.webkitRelativePath || file.name }));
}
