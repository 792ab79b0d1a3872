import { fileSize, plural, type SentenceParts } from './sentence-values.js';

/** " in Marketing" when the record kept the project's name; "" otherwise. */
const inProject = (parts: SentenceParts, preposition = 'in'): string => {
  const project = parts.after('projectName');
  return typeof project === 'string' ? ` ${preposition} ${project}` : '';
};

/** " (1.2 MB)" from `after.size`; "" when absent. */
const sizeOf = (parts: SentenceParts): string => {
  const size = parts.after('size');
  return typeof size === 'number' ? ` (${fileSize(size)})` : '';
};

/** Where a moved folder or file went: "to Designs", "to the top of Marketing", "to another folder". */
function destination(parts: SentenceParts): string {
  const projectMoved =
    parts.before('projectName') !== undefined && parts.before('projectName') !== parts.after('projectName');
  const folder = parts.after('folderName');
  if (typeof folder === 'string') return `to ${folder}${projectMoved ? inProject(parts) : ''}`;
  if (parts.hasAfter('folderName')) return `to the top of ${parts.after('projectName') ?? 'its project'}`;
  if (projectMoved) return `to ${parts.after('projectName')}`;
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
  return `${parts.actor} updated the ${what} ${name}${inProject(parts)}`;
}

/** Sentences for folders and files of a project's content. */
export const contentSentences = {
  'folder.created': (p: SentenceParts) =>
    `${p.actor} created the folder ${p.target('a folder')}${inProject(p)}`,
  'folder.updated': (p: SentenceParts) => updated(p, 'folder'),
  'folder.deleted': (p: SentenceParts) => {
    const parts = [
      typeof p.after('folders') === 'number' && p.after('folders') !== 0
        ? plural(Number(p.after('folders')), 'folder')
        : null,
      typeof p.after('assets') === 'number' ? plural(Number(p.after('assets')), 'file') : null,
      typeof p.after('bytes') === 'number' ? fileSize(Number(p.after('bytes'))) : null,
    ].filter(Boolean);
    const contents = parts.length > 0 ? ` with ${parts.join(', ')}` : '';
    return `${p.actor} deleted the folder ${p.target('a folder')}${contents}${inProject(p, 'from')}`;
  },
  'asset.uploaded': (p: SentenceParts) =>
    p.after('replacedAssetId') !== undefined
      ? `${p.actor} uploaded a new version of ${p.target('a file')}${sizeOf(p)}${inProject(p, 'to')}`
      : `${p.actor} uploaded ${p.target('a file')}${sizeOf(p)}${inProject(p, 'to')}`,
  'asset.updated': (p: SentenceParts) => updated(p, 'file'),
  'asset.deleted': (p: SentenceParts) =>
    `${p.actor} deleted ${p.target('a file')}${sizeOf(p)}${inProject(p, 'from')}`,
};
