import { describe, expect, it } from 'vitest';
import { parseProjectSearch, sortOf, sortSearch } from './content-search-params';

const id = '5b3f8f0e-1c2d-4e5f-8a9b-0c1d2e3f4a5b';

describe('project search params', () => {
  it('keeps known values and drops the rest', () => {
    expect(
      parseProjectSearch({ folder: id, q: '  logo ', sort: 'size', order: 'desc', tab: 'members' }),
    ).toEqual({
      folder: id,
      q: 'logo',
      sort: 'size',
      order: 'desc',
      tab: 'members',
    });
    expect(parseProjectSearch({ folder: 'nope', q: '   ', sort: 'colour', order: 'up', tab: 'x' })).toEqual(
      {},
    );
    expect(parseProjectSearch({ sort: 'name', order: 'asc' })).toEqual({});
  });

  it('leaves the default sort out of the URL', () => {
    expect(sortSearch('name', 'asc')).toEqual({});
    expect(sortSearch('date', 'desc')).toEqual({ sort: 'date', order: 'desc' });
    expect(sortOf({})).toEqual({ sort: 'name', order: 'asc' });
    expect(sortOf({ sort: 'size' })).toEqual({ sort: 'size', order: 'asc' });
  });
});
