import type { ContentItem } from './content-queries';

/** The file's bytes, served as an attachment (never shown inline) by the API's /v1. */
export const assetContentUrl = (assetId: string) => `/v1/assets/${encodeURIComponent(assetId)}/content`;

/** Everything in a folder as one zip, streamed by the API. */
export const folderZipUrl = (folderId: string) => `/v1/folders/${encodeURIComponent(folderId)}/zip`;

/** Where an item downloads from: its bytes, or its folder as a zip. */
export const downloadUrl = (item: ContentItem) =>
  item.kind === 'folder' ? folderZipUrl(item.id) : assetContentUrl(item.id);

/**
 * Downloads each item (a folder as a zip) the way a click on its link does: the browser saves the
 * answer (Content-Disposition: attachment) and the page stays where it is.
 */
export function downloadItems(items: ContentItem[]): void {
  for (const item of items) {
    const link = document.createElement('a');
    link.href = downloadUrl(item);
    link.download = item.kind === 'folder' ? `${item.name}.zip` : item.name;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
  }
}
