/**
 * The columns the statistics tabs sort by (§8). Plain lists, apart from the schemas that use them:
 * the web app's URL parsing reads them without loading zod on the first page.
 */
export const statsProjectSorts = [
  'name',
  'members',
  'folders',
  'assets',
  'storage',
  'uploads',
  'downloads',
  'lastActivity',
] as const;
export type StatsProjectSort = (typeof statsProjectSorts)[number];

export const statsUserSorts = [
  'name',
  'email',
  'role',
  'projects',
  'uploads',
  'downloads',
  'bytesUploaded',
  'lastActive',
] as const;
export type StatsUserSort = (typeof statsUserSorts)[number];

export const sortDirections = ['asc', 'desc'] as const;
