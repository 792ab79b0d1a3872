import { fileSize, plural, type SentenceParts } from './sentence-values.js';

/** " in Marketing" when the record kept the project's name; "" otherwise. */
const inProject = (parts: SentenceParts, preposition = 'in'): string => {
  const project = parts.either('projectName');
  return typeof project === 'string' ? ` ${preposition} ${project}` : '';
};

/** " (1.2 MB)" from the summary's `size`; "" when absent. */
const sizeOf = (parts: SentenceParts): string => {
  const size = parts.either('size');
  return typeof size === 'number' ? ` (${fileSize(size)})` : '';
};

/** Where a moved folder or file went: "to Brand", "to Marketing", "to another project", "to another folder". */
function destination(parts: SentenceParts): string {
  const folder = parts.after('folderName');
  if (typeof folder === 'string') return `to ${folder}`;
  const projectMoved = parts.hasBefore('projectId') || parts.hasBefore('projectName');
  if (projectMoved) {
    const project = parts.after('projectName');
    return typeof project === 'string' ? `to ${project}` : 'to another project';
  }
  return 'to another folder';
}

const placeKeys = ['parentId', 'folderId', 'folderName', 'projectId', 'projectName'];

/** Renamed and/or moved: "renamed the folder Drafts to Final and moved it to Archive". */
function updated(parts: SentenceParts, what: string): string {
  const previousName = parts.before('name');
  const name = parts.after('name') ?? parts.target(`a ${what}`);
  const renamed = typeof previousName === 'string' && previousName !== name;
  const isMove = placeKeys.some((key) => parts.hasBefore(key));
  if (renamed && isMove)
    return `${parts.actor} renamed the ${what} ${previousName} to ${name} and moved it ${destination(parts)}`;
  if (renamed) return `${parts.actor} renamed the ${what} ${previousName} to ${name}${inProject(parts)}`;
  if (isMove) return `${parts.actor} moved the ${what} ${name} ${destination(parts)}`;
  if (what === 'file' && parts.after('replacedAssetId') !== undefined)
    return `${parts.actor} replaced the file ${name}${inProject(parts)}`;
  return `${parts.actor} updated the ${what} ${name}${inProject(parts)}`;
}

/** "with 2 folders, 14 files, 3.1 MB": what went with a deleted folder. */
function folderContents(parts: SentenceParts): string {
  const folders = parts.either('folders');
  const assets = parts.either('assets');
  const bytes = parts.either('bytes');
  const items = [
    typeof folders === 'number' && folders > 0 ? plural(folders, 'folder') : null,
    typeof assets === 'number' ? plural(assets, 'file') : null,
    typeof bytes === 'number' && bytes > 0 ? fileSize(bytes) : null,
  ].filter(Boolean);
  return items.length > 0 ? ` with ${items.join(', ')}` : '';
}

/** Sentences for folders and files of a project's content. */
export const contentSentences = {
  'folder.created': (p: SentenceParts) =>
    `${p.actor} created the folder ${p.target(String(p.after('name') ?? 'a folder'))}${inProject(p)}`,
  'folder.updated': (p: SentenceParts) => updated(p, 'folder'),
  'folder.deleted': (p: SentenceParts) =>
    `${p.actor} deleted the folder ${p.target('a folder')}${folderContents(p)}${inProject(p, 'from')}`,
  'asset.uploaded': (p: SentenceParts) =>
    p.after('replacedAssetId') !== undefined
      ? `${p.actor} uploaded a new version of ${p.target('a file')}${sizeOf(p)}${inProject(p, 'to')}`
      : `${p.actor} uploaded ${p.target('a file')}${sizeOf(p)}${inProject(p, 'to')}`,
  'asset.updated': (p: SentenceParts) => updated(p, 'file'),
  'asset.deleted': (p: SentenceParts) =>
    `${p.actor} deleted ${p.target('a file')}${sizeOf(p)}${inProject(p, 'from')}`,
};
