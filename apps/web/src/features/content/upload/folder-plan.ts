/** Which folders a dropped tree needs, from the files' relative paths ("Photos/2024/a.jpg"). */

export interface PlannedFolder {
  /** "Photos/2024" — the key files and children refer to. */
  path: string;
  name: string;
  /** "Photos", or '' for a folder created in the upload's target folder. */
  parentPath: string;
}

/** "Photos/2024/a.jpg" → "Photos/2024"; "a.jpg" → ''. Empty segments ("a//b", "/a") are dropped. */
export function folderPathOf(relativePath: string): string {
  const parts = segmentsOf(relativePath);
  return parts.slice(0, -1).join('/');
}

export function segmentsOf(relativePath: string): string[] {
  return relativePath.split(/[/\\]/).filter((part) => part !== '' && part !== '.');
}

/**
 * Every folder to create, each once and parents before children (in the order the paths first
 * name them, so a tree keeps its shape). `folders` are paths of folders with no files in them
 * (an empty folder in a dropped tree is recreated too).
 */
export function planFolders(
  relativePaths: readonly string[],
  folders: readonly string[] = [],
): PlannedFolder[] {
  const planned = new Map<string, PlannedFolder>();
  const add = (segments: string[]) => {
    for (let depth = 1; depth <= segments.length; depth++) {
      const path = segments.slice(0, depth).join('/');
      if (planned.has(path)) continue;
      planned.set(path, {
        path,
        name: segments[depth - 1]!,
        parentPath: segments.slice(0, depth - 1).join('/'),
      });
    }
  };
  for (const relativePath of relativePaths) add(segmentsOf(relativePath).slice(0, -1));
  for (const folder of folders) add(segmentsOf(folder));
  return [...planned.values()];
}
