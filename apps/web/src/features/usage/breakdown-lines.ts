import type { BreakdownLine } from './breakdown-card';
import { apiKeyLabel, projectLabel, type UsageRow } from './usage-format';

/** The rows of `usage.series` by project, named, in the API's order (busiest first). */
export function projectLines(rows: readonly UsageRow[]): BreakdownLine[] {
  return rows.map((row) => ({
    key: row.projectId ?? 'none',
    name: projectLabel(row),
    detail: row.projectId === null ? 'Requests not about one project, e.g. listing projects' : undefined,
    row,
  }));
}

/** The rows of `usage.series` by API key: its name and prefix, or the signed-in web app's share. */
export function apiKeyLines(rows: readonly UsageRow[]): BreakdownLine[] {
  return rows.map((row) => ({
    key: row.apiKeyId ?? 'none',
    name: apiKeyLabel(row),
    detail:
      row.apiKeyId === null
        ? 'Uploads and downloads in the browser (not API calls)'
        : row.apiKeyPrefix
          ? `${row.apiKeyPrefix}…`
          : undefined,
    row,
  }));
}
