import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';

/** A temporary directory of test files: `fileOf(path, size)` writes one (a pattern, not zeros). */
export function testFiles() {
  const root = mkdtempSync(join(tmpdir(), 'roster-upload-'));
  return {
    root,
    fileOf(name: string, size: number): string {
      const path = join(root, name);
      mkdirSync(join(path, '..'), { recursive: true });
      const pattern = Buffer.from(`${name} `.repeat(64));
      const bytes = Buffer.alloc(size);
      for (let at = 0; at < size; at += pattern.length) pattern.copy(bytes, at);
      writeFileSync(path, bytes);
      return path;
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

export interface ListedItem {
  kind: 'folder' | 'asset';
  id: string;
  name: string;
  size: number;
}

/** A project's content as content.list answers the user signed in on `page`. */
export function projectContent(page: Page, orgId: string, projectId: string) {
  const listed = (folderId: string | null = null): Promise<ListedItem[]> =>
    page.evaluate(
      async (input) => {
        const response = await fetch(`/trpc/content.list?input=${encodeURIComponent(JSON.stringify(input))}`);
        const body = (await response.json()) as { result: { data: { items: ListedItem[] } } };
        return body.result.data.items;
      },
      { orgId, projectId, folderId, limit: 200 },
    );
  return {
    listed,
    namesIn: async (folderId: string | null = null) =>
      (await listed(folderId)).map((item) => item.name).sort(),
    folderNamed: async (name: string, parent: string | null = null) => {
      const folder = (await listed(parent)).find((item) => item.kind === 'folder' && item.name === name);
      if (!folder) throw new Error(`No folder ${name}`);
      return folder.id;
    },
  };
}

/** The page's network through the DevTools protocol: upload throttling, and going offline. */
export function network(cdp: CDPSession) {
  const set = (offline: boolean, uploadThroughput: number) =>
    cdp.send('Network.emulateNetworkConditions', {
      offline,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput,
    });
  return {
    /** At most `bytesPerSecond` upstream (-1: no limit), so progress is visible for a few seconds. */
    throttle: (bytesPerSecond: number) => set(false, bytesPerSecond),
    offline: () => set(true, -1),
  };
}

/** The uploads panel and the Upload menu of `page`. */
export function uploads(page: Page) {
  const panel = () => page.getByRole('region', { name: 'Uploads' });
  return {
    panel,
    row: (name: string) => panel().getByRole('listitem').filter({ hasText: name }),
    bar: (name: string) => page.getByRole('progressbar', { name: `Upload of ${name}` }),
    /** Upload → "Upload files" or "Upload folder", then the file chooser gets `paths`. */
    async choose(item: 'Upload files' | 'Upload folder', paths: string[] | string) {
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Upload', exact: true }).click();
      await page.getByRole('menuitem', { name: item }).click();
      await (await chooser).setFiles(paths);
    },
  };
}
