import type { ContentItem } from './content-queries';

const units = ['KB', 'MB', 'GB', 'TB'];

/** "0 bytes", "1 byte", "512 bytes", "1.5 KB", "12 MB", "3.2 GB" (1 KB = 1,024 bytes). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const shown = value < 10 ? Math.round(value * 10) / 10 : Math.round(value);
  return `${shown} ${units[unit]}`;
}

const byMime: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/zip': 'ZIP archive',
  'application/gzip': 'Gzip archive',
  'application/json': 'JSON',
  'application/octet-stream': 'File',
  'text/plain': 'Text',
  'text/csv': 'CSV',
  'image/svg+xml': 'SVG image',
};
const byFamily: Record<string, string> = { image: 'image', video: 'video', audio: 'audio', font: 'font' };

/** "Folder", "PNG image", "PDF", "MP4 video", "Text", "XLSX file": an item's kind in a few words. */
export function typeLabel(item: ContentItem): string {
  if (item.kind === 'folder') return 'Folder';
  const mime = item.contentType.split(';')[0]!.trim().toLowerCase();
  const known = byMime[mime];
  if (known) return known;
  const [family, subtype = ''] = mime.split('/');
  const word = byFamily[family ?? ''];
  const short = subtype
    .replace(/^(x-|vnd\.)/, '')
    .split(/[.+-]/)[0]!
    .toUpperCase();
  if (word && short) return `${short} ${word}`;
  const dot = item.name.lastIndexOf('.');
  const extension = dot > 0 ? item.name.slice(dot + 1).toUpperCase() : '';
  return /^[A-Z0-9]{1,5}$/.test(extension) ? `${extension} file` : 'File';
}

const plural = (n: number, one: string, many: string) =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** "3 folders, 12 files and 4.2 MB", "1 file (12 bytes)", "nothing inside". */
export function contentsLabel({
  folders,
  assets,
  bytes,
}: {
  folders: number;
  assets: number;
  bytes: number;
}) {
  const parts: string[] = [];
  if (folders > 0) parts.push(plural(folders, 'folder', 'folders'));
  if (assets > 0) parts.push(plural(assets, 'file', 'files'));
  if (parts.length === 0) return 'nothing inside';
  const list = parts.join(' and ');
  return `${list} (${formatBytes(bytes)})`;
}

/** "report.pdf", "3 items", "1 item". */
export function itemsLabel(items: ContentItem[]): string {
  if (items.length === 1) return items[0]!.name;
  return plural(items.length, 'item', 'items');
}
