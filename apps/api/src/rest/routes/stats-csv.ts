import { csvLine, type CsvValue, type StatsProjectDto, type StatsUserDto } from '@roster/core';

const overviewHeader = [
  'projectId',
  'name',
  'archived',
  'members',
  'folders',
  'assets',
  'storageBytes',
  'uploads30d',
  'downloads30d',
  'lastActivityAt',
] as const satisfies readonly (keyof StatsProjectDto)[];

const usersHeader = [
  'userId',
  'name',
  'email',
  'role',
  'projects',
  'uploads',
  'downloads',
  'bytesUploaded',
  'lastActiveAt',
] as const satisfies readonly (keyof StatsUserDto)[];

/**
 * A CSV a line at a time as the rows come (never the whole file in memory): a UTF-8 byte order mark
 * (spreadsheets then read the names right), a header, one escaped line per row (core's csvLine).
 */
async function* csvOf<T>(
  header: readonly (keyof T & string)[],
  rows: AsyncIterable<T>,
): AsyncGenerator<string> {
  yield `\uFEFF${csvLine(header)}`;
  for await (const row of rows) yield csvLine(header.map((column) => row[column] as CsvValue));
}

export const overviewCsv = (rows: AsyncIterable<StatsProjectDto>) => csvOf(overviewHeader, rows);
export const usersCsv = (rows: AsyncIterable<StatsUserDto>) => csvOf(usersHeader, rows);
