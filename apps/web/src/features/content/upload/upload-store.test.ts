import { beforeEach, describe, expect, it, vi } from 'vitest';

// The store with its edges replaced: the transfers, tRPC's folder.create and the query client.
const transfers: {
  name: string;
  folderId: string | null;
  via: string;
  resolve(): void;
  reject(e: Error): void;
}[] = [];
const send = (via: string) =>
  vi.fn((file: File, destination: { folderId: string | null; name: string }) => {
    let resolve = () => undefined as void;
    let reject = (_: Error) => undefined as void;
    const done = new Promise<void>((ok, fail) => {
      resolve = ok;
      reject = fail;
    });
    transfers.push({ name: destination.name, folderId: destination.folderId, via, resolve, reject });
    return { done, cancel: () => reject(new UploadCancelled()) };
  });
vi.mock('./raw-upload', () => ({ sendRaw: send('raw') }));
vi.mock('./tus-upload', () => ({ sendTus: send('tus') }));
const created: { name: string; parentId: string | null }[] = [];
vi.mock('../../../lib/trpc', () => ({
  trpcClient: {
    folder: {
      create: {
        mutate: vi.fn((input: { name: string; parentId: string | null }) => {
          created.push({ name: input.name, parentId: input.parentId });
          // "Taken" is taken: the folder gets "Taken (1)".
          const name = input.name === 'Taken' ? 'Taken (1)' : input.name;
          return Promise.resolve({ id: `id-${input.name}`, name });
        }),
      },
    },
  },
  trpc: {
    org: { get: { queryOptions: () => ({ queryKey: ['org'] }), queryKey: () => ['org'] } },
    content: { list: { pathKey: () => ['content.list'] } },
    folder: { get: { pathKey: () => ['folder.get'] } },
  },
}));
const invalidated: unknown[] = [];
vi.mock('../../../lib/query-client', () => ({
  queryClient: {
    ensureQueryData: () => Promise.resolve({ plan: 'free', storage: { largestFile: 1000 } }),
    invalidateQueries: (filter: { queryKey: unknown }) => invalidated.push(filter.queryKey),
  },
}));

const { UploadCancelled, UploadError } = await import('./upload-error');
const { cancelAll, cancelUpload, clearFinished, retryUpload, startUploads } = await import('./upload-store');
const { getSnapshot } = await import('./task-store');

const file = (name: string, size: number) => new File([new Uint8Array(size)], name);
const task = (name: string) => getSnapshot().tasks.find((t) => t.name === name)!;
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const target = { orgId: 'org', projectId: 'project', folderId: 'here' };

beforeEach(() => {
  for (const t of getSnapshot().tasks) cancelUpload(t.id);
  clearFinished();
  transfers.length = 0;
  created.length = 0;
});

describe('the upload store', () => {
  it('recreates a dropped tree parents first, then sends each file into its folder, three at a time', async () => {
    await startUploads(
      [
        { file: file('a.txt', 10), relativePath: 'Trip/day 1/a.txt' },
        { file: file('b.txt', 10), relativePath: 'Trip/b.txt' },
        { file: file('c.txt', 10), relativePath: 'c.txt' },
        { file: file('d.txt', 10), relativePath: 'Trip/day 2/d.txt' },
      ],
      target,
      { emptyFolders: ['Trip/empty'] },
    );
    expect(created).toEqual([
      { name: 'Trip', parentId: 'here' },
      { name: 'day 1', parentId: 'id-Trip' },
      { name: 'day 2', parentId: 'id-Trip' },
      { name: 'empty', parentId: 'id-Trip' },
    ]);
    await settle();
    expect(transfers.map((t) => [t.name, t.folderId])).toEqual([
      ['a.txt', 'id-day 1'],
      ['b.txt', 'id-Trip'],
      ['c.txt', 'here'],
    ]);
    transfers[0]!.resolve();
    await settle();
    expect(transfers.map((t) => t.name)).toContain('d.txt');
    expect(task('a.txt').state).toBe('done');
    expect(getSnapshot().totals).toMatchObject({
      files: 4,
      done: 1,
      active: 3,
      bytes: 40,
      sent: 10,
      percent: 25,
    });
    // The listings and the organization's storage used are refreshed.
    await vi.waitFor(() => expect(invalidated).toEqual(expect.arrayContaining([['content.list'], ['org']])));
    cancelAll();
    await settle();
    expect(getSnapshot().tasks.map((t) => t.state)).toEqual(['done', 'cancelled', 'cancelled', 'cancelled']);
  });

  it('shows a file of a renamed folder under the name the folder got', async () => {
    await startUploads([{ file: file('e.txt', 10), relativePath: 'Taken/sub/e.txt' }], target);
    await settle();
    expect(task('e.txt').relativePath).toBe('Taken (1)/sub/e.txt');
    expect(transfers.map((t) => [t.name, t.folderId])).toEqual([['e.txt', 'id-sub']]);
  });

  it('refuses a file larger than the plan allows before sending it', async () => {
    await startUploads([{ file: file('big.bin', 1001), relativePath: 'big.bin' }], target);
    expect(task('big.bin')).toMatchObject({
      state: 'failed',
      canRetry: false,
      error: 'This file is 1001 bytes; the Free plan takes files up to 1000 bytes.',
    });
    expect(transfers).toEqual([]);
  });

  it('cancels a running upload, and a retry sends it again; a failure keeps the server’s words', async () => {
    await startUploads([{ file: file('x.txt', 5), relativePath: 'x.txt' }], target);
    await settle();
    cancelUpload(task('x.txt').id);
    await settle();
    expect(task('x.txt').state).toBe('cancelled');
    expect(getSnapshot().totals.files).toBe(0);

    retryUpload(task('x.txt').id);
    await settle();
    expect(transfers).toHaveLength(2);
    transfers[1]!.reject(new UploadError('Storage is full.', 413));
    await settle();
    expect(task('x.txt')).toMatchObject({ state: 'failed', error: 'Storage is full.', canRetry: true });

    retryUpload(task('x.txt').id);
    await settle();
    transfers[2]!.resolve();
    await settle();
    expect(task('x.txt').state).toBe('done');
    clearFinished();
    expect(getSnapshot().tasks).toEqual([]);
  });
});
