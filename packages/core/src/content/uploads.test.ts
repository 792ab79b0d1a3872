import { Blob } from '@roster/db';
import { describe, expect, it } from 'vitest';
import { abandonUpload } from './abandon-upload.js';
import { beginUpload } from './begin-upload.js';
import { completeUpload } from './complete-upload.js';
import { em, reasonOf, scopeOf, seedWorld, upload, usedBytes, useContentDb } from './test-fixtures.js';

useContentDb();

describe(`uploads (${process.env.TEST_DATABASE ?? 'sqlite'})`, () => {
  it('a name taken while uploading with fail abandons the upload and releases its space', async () => {
    const w = await seedWorld();
    const ticket = await beginUpload(scopeOf(w, 'contributor'), {
      projectId: w.projectId,
      name: 'x.bin',
      size: 100,
      onConflict: 'fail',
    });
    expect(await usedBytes(w.org.id)).toBe(100);
    await upload(scopeOf(w, 'contributor'), { projectId: w.projectId, name: 'X.bin', size: 3 });
    const done = completeUpload(scopeOf(w, 'contributor'), ticket, {
      size: 100,
      sha256: 'b'.repeat(64),
      contentType: 'x',
    });
    expect(await reasonOf(done)).toBe('NAME_TAKEN');
    expect(await usedBytes(w.org.id)).toBe(3);
    expect((await em().findOneOrFail(Blob, ticket.blobId)).state).toBe('deleting');
  });

  it('a wrong size is refused and abandoned; abandoning twice releases once', async () => {
    const w = await seedWorld();
    const ticket = await beginUpload(scopeOf(w, 'contributor'), {
      projectId: w.projectId,
      name: 'y.bin',
      size: 100,
    });
    const done = completeUpload(scopeOf(w, 'contributor'), ticket, {
      size: 99,
      sha256: 'b'.repeat(64),
      contentType: 'x',
    });
    expect(await reasonOf(done)).toBe('UPLOAD_SIZE_MISMATCH');
    expect(await usedBytes(w.org.id)).toBe(0);
    expect(await abandonUpload(em(), ticket)).toBe(false);
    const other = await beginUpload(scopeOf(w, 'contributor'), {
      projectId: w.projectId,
      name: 'z.bin',
      size: 50,
    });
    expect(await abandonUpload(em(), other)).toBe(true);
    expect(await abandonUpload(em(), other)).toBe(false);
    expect(await usedBytes(w.org.id)).toBe(0);
    const late = completeUpload(scopeOf(w, 'contributor'), other, {
      size: 50,
      sha256: 'b'.repeat(64),
      contentType: 'x',
    });
    expect(await reasonOf(late)).toBe('UPLOAD_NOT_FOUND');
  });

  it('plan limits: the largest file and the storage quota', async () => {
    const w = await seedWorld('free');
    const c = () => scopeOf(w, 'contributor');
    const MiB = 1024 * 1024;
    expect(
      await reasonOf(beginUpload(c(), { projectId: w.projectId, name: 'big', size: 100 * MiB + 1 })),
    ).toBe('FILE_TOO_LARGE');
    for (let i = 0; i < 10; i++)
      await beginUpload(c(), { projectId: w.projectId, name: `f${i}`, size: 100 * MiB });
    expect(
      await reasonOf(beginUpload(c(), { projectId: w.projectId, name: 'more', size: 24 * MiB + 1 })),
    ).toBe('STORAGE_QUOTA_EXCEEDED');
    await beginUpload(c(), { projectId: w.projectId, name: 'last', size: 24 * MiB });
    expect(await usedBytes(w.org.id)).toBe(1024 * MiB);
  });

  it('refuse a bad name or size with INVALID_INPUT', async () => {
    const w = await seedWorld();
    for (const bad of [
      { name: 'a/b.txt', size: 1 },
      { name: '..', size: 1 },
      { name: 'ok', size: -1 },
    ]) {
      expect(await reasonOf(beginUpload(scopeOf(w, 'contributor'), { projectId: w.projectId, ...bad }))).toBe(
        'INVALID_INPUT',
      );
    }
  });
});
