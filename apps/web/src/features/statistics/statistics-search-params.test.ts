import { describe, expect, it } from 'vitest';
import {
  firstDirection,
  orderOf,
  parseStatisticsSearch,
  sortedBy,
  withOrder,
  withQuery,
} from './statistics-search-params';

describe('parseStatisticsSearch', () => {
  it('keeps the Users tab, a search, and a sort of the tab’s columns', () => {
    expect(parseStatisticsSearch({ tab: 'users', q: '  ada ', sort: 'bytesUploaded', dir: 'asc' })).toEqual({
      tab: 'users',
      q: 'ada',
      sort: 'bytesUploaded',
      dir: 'asc',
    });
    expect(parseStatisticsSearch({ sort: 'storage' })).toEqual({ sort: 'storage' });
  });

  it('drops what the tab does not know, and the defaults', () => {
    expect(parseStatisticsSearch({ tab: 'overview', sort: 'bytesUploaded' })).toEqual({});
    expect(parseStatisticsSearch({ tab: 'users', sort: 'storage' })).toEqual({ tab: 'users' });
    expect(parseStatisticsSearch({ tab: 'audit', q: '   ', dir: 'sideways' })).toEqual({});
    expect(parseStatisticsSearch({ sort: 'name', dir: 'asc' })).toEqual({});
    expect(parseStatisticsSearch({ sort: 'uploads', dir: 'desc' })).toEqual({ sort: 'uploads' });
    expect(parseStatisticsSearch({ q: 42 })).toEqual({});
  });

  it('cuts a search to the 200 characters the API takes', () => {
    expect(parseStatisticsSearch({ q: 'x'.repeat(250) }).q).toHaveLength(200);
  });
});

describe('order', () => {
  it('reads names A to Z first, figures and dates largest first', () => {
    expect(['name', 'email', 'role'].map(firstDirection)).toEqual(['asc', 'asc', 'asc']);
    expect(['uploads', 'storage', 'lastActive'].map(firstDirection)).toEqual(['desc', 'desc', 'desc']);
  });

  it('is by name A to Z unless the URL says otherwise', () => {
    expect(orderOf({})).toEqual({ sort: 'name', direction: 'asc' });
    expect(orderOf({ sort: 'downloads' })).toEqual({ sort: 'downloads', direction: 'desc' });
    expect(orderOf({ sort: 'downloads', dir: 'asc' })).toEqual({ sort: 'downloads', direction: 'asc' });
  });

  it('turns around on the sorted column, and starts another in its own direction', () => {
    expect(sortedBy({}, 'name')).toEqual({ dir: 'desc' });
    expect(sortedBy({ dir: 'desc' }, 'name')).toEqual({});
    expect(sortedBy({ tab: 'users', q: 'ada' }, 'uploads')).toEqual({
      tab: 'users',
      q: 'ada',
      sort: 'uploads',
    });
    expect(sortedBy({ sort: 'uploads' }, 'uploads')).toEqual({ sort: 'uploads', dir: 'asc' });
    expect(sortedBy({ sort: 'uploads', dir: 'asc' }, 'storage')).toEqual({ sort: 'storage' });
  });

  it('sets an order from the menu, leaving out the defaults', () => {
    expect(withOrder({ q: 'kit', sort: 'storage' }, 'name', 'asc')).toEqual({ q: 'kit' });
    expect(withOrder({}, 'members', 'asc')).toEqual({ sort: 'members', dir: 'asc' });
  });

  it('keeps the tab and order when the search changes', () => {
    expect(withQuery({ tab: 'users', sort: 'role' }, 'ada')).toEqual({
      tab: 'users',
      sort: 'role',
      q: 'ada',
    });
    expect(withQuery({ tab: 'users', q: 'ada' }, '')).toEqual({ tab: 'users' });
  });
});
