import type { Locator } from 'playwright-core';

/** A file of a dragged tree: its path in the tree ("Trip/day 1/notes.txt") and its text. */
export interface DraggedFile {
  path: string;
  text: string;
}

/**
 * Drags a tree of files and folders from "the computer" over `target` (dragenter, dragover): what
 * Chrome gives a page for a dragged folder, i.e. a DataTransfer whose items' webkitGetAsEntry()
 * are directory entries read with readEntries in batches (two at a time here, so a reader that
 * stops after the first batch misses files). Playwright cannot drag real folders from the desktop.
 * `emptyFolders` are folder paths with nothing in them. Then `dropDragged(target)` drops it.
 */
export async function dragTree(
  target: Locator,
  files: DraggedFile[],
  emptyFolders: string[] = [],
): Promise<void> {
  await target.evaluate(
    (element, { files, emptyFolders }) => {
      interface Node {
        name: string;
        path: string;
        file?: File;
        children: Map<string, Node>;
      }
      const root: Node = { name: '', path: '', children: new Map() };
      const place = (path: string, file?: File) => {
        let node = root;
        for (const name of path.split('/')) {
          const next = node.children.get(name) ?? {
            name,
            path: node.path ? `${node.path}/${name}` : name,
            children: new Map<string, Node>(),
          };
          node.children.set(name, next);
          node = next;
        }
        if (file) node.file = file;
      };
      for (const { path, text } of files)
        place(path, new File([text], path.split('/').at(-1)!, { type: 'text/plain' }));
      for (const path of emptyFolders) place(path);

      const entryOf = (node: Node): unknown =>
        node.file
          ? {
              isFile: true,
              isDirectory: false,
              name: node.name,
              fullPath: `/${node.path}`,
              file: (ok: (file: File) => void) => ok(node.file!),
            }
          : {
              isFile: false,
              isDirectory: true,
              name: node.name,
              fullPath: `/${node.path}`,
              createReader: () => {
                const left = [...node.children.values()];
                return {
                  readEntries: (ok: (entries: unknown[]) => void) =>
                    setTimeout(() => ok(left.splice(0, 2).map(entryOf)), 0),
                };
              },
            };
      const dataTransfer = {
        types: ['Files'],
        items: [...root.children.values()].map((node) => ({
          kind: 'file',
          type: '',
          webkitGetAsEntry: () => entryOf(node),
        })),
        files: [],
        dropEffect: 'none',
        effectAllowed: 'all',
      };
      (window as unknown as { draggedTree: unknown }).draggedTree = dataTransfer;
      for (const type of ['dragenter', 'dragover']) {
        const event = new DragEvent(type, { bubbles: true, cancelable: true });
        Object.defineProperty(event, 'dataTransfer', { value: dataTransfer });
        element.dispatchEvent(event);
      }
    },
    { files, emptyFolders },
  );
}

/** Drops what dragTree dragged onto `target`. */
export async function dropDragged(target: Locator): Promise<void> {
  await target.evaluate((element) => {
    const event = new DragEvent('drop', { bubbles: true, cancelable: true });
    Object.defineProperty(event, 'dataTransfer', {
      value: (window as unknown as { draggedTree: unknown }).draggedTree,
    });
    element.dispatchEvent(event);
  });
}
