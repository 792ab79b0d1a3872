import { describe, expect, it } from 'vitest';
import { folderPathOf, planFolders } from './folder-plan';

describe('the folders of a dropped tree', () => {
  it('creates each folder once, parents before children, in the order the paths name them', () => {
    const plan = planFolders([
      'Photos/2024/summer/a.jpg',
      'Photos/b.jpg',
      'Photos/2024/c.jpg',
      'Photos/2023/d.jpg',
      'loose.txt',
    ]);
    expect(plan).toEqual([
      { path: 'Photos', name: 'Photos', parentPath: '' },
      { path: 'Photos/2024', name: '2024', parentPath: 'Photos' },
      { path: 'Photos/2024/summer', name: 'summer', parentPath: 'Photos/2024' },
      { path: 'Photos/2023', name: '2023', parentPath: 'Photos' },
    ]);
  });

  it('needs no folder for loose files, and recreates empty folders too', () => {
    expect(planFolders(['a.txt', 'b.txt'])).toEqual([]);
    expect(planFolders(['Docs/a.txt'], ['Docs/empty', 'Other'])).toEqual([
      { path: 'Docs', name: 'Docs', parentPath: '' },
      { path: 'Docs/empty', name: 'empty', parentPath: 'Docs' },
      { path: 'Other', name: 'Other', parentPath: '' },
    ]);
  });

  it('ignores empty and dot segments and reads backslashes as separators', () => {
    expect(folderPathOf('/Docs//notes/./a.txt')).toBe('Docs/notes');
    expect(folderPathOf('Docs\\a.txt')).toBe('Docs');
    expect(folderPathOf('a.txt')).toBe('');
    expect(planFolders(['/Docs//a.txt']).map((folder) => folder.path)).toEqual(['Docs']);
  });
});
