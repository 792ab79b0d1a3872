import { csvLine, type CsvValue, type UsageGroupBy, type UsageRow } from '@roster/core';

/** The columns of each grouping: what names the row, then the counts. */
const columns: Record<UsageGroupBy, (keyof UsageRow)[]> = {
  day: ['day', 'apiCalls', 'bandwidthIn', 'bandwidthOut', 'storagePeak'],
  project: ['projectId', 'projectName', 'apiCalls', 'bandwidthIn', 'bandwidthOut'],
  apiKey: ['apiKeyId', 'apiKeyName', 'apiKeyPrefix', 'apiCalls', 'bandwidthIn', 'bandwidthOut'],
};

/** What a row without a project or key stands for (the web app's Usage page says the same). */
function nameOf(row: UsageRow, column: keyof UsageRow): CsvValue {
  if (column === 'projectName' && row.projectId === null) return 'No project';
  if (column === 'apiKeyName' && row.apiKeyId === null) return 'Signed-in web app';
  return row[column];
}

/**
 * The usage export, a line at a time as the rows come (never the whole file in memory): a UTF-8
 * byte order mark (spreadsheets then read the names right), a header, one line per row.
 */
export async function* usageCsv(
  groupBy: UsageGroupBy,
  rows: AsyncIterable<UsageRow>,
): AsyncGenerator<string> {
  const names = columns[groupBy];
  yield `\uFEFF${csvLine(names)}`;
  for await (const row of rows) yield csvLine(names.map((column) => nameOf(row, column)));
}
