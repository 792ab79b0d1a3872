import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';

/** A CSV's lines as cells (quoted cells with commas, doubled quotes and line breaks; a BOM dropped). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const source = text.replace(/^\uFEFF/, '');
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  for (let at = 0; at < source.length; at++) {
    const char = source[at]!;
    if (quoted && char === '"' && source[at + 1] === '"') {
      cell += '"';
      at++;
    } else if (char === '"') quoted = !quoted;
    else if (quoted) cell += char;
    else if (char === ',') endCell();
    else if (char === '\n') endRow();
    else if (char !== '\r') cell += char;
  }
  if (cell || row.length > 0) endRow();
  return rows;
}

/** Clicks the page's "Export CSV" link and reads the file it downloads. */
export async function downloadCsv(on: Page): Promise<{ name: string; rows: string[][] }> {
  const link = on.getByRole('link', { name: 'Export CSV' });
  const [download] = await Promise.all([on.waitForEvent('download'), link.click()]);
  return {
    name: download.suggestedFilename(),
    rows: parseCsv(await readFile(await download.path(), 'utf8')),
  };
}
