import type { Readable } from 'node:stream';
import { DataStore, ERRORS, type Upload } from '@tus/utils';

type InnerStore = DataStore & { read(id: string): Promise<Readable> | Readable };

/**
 * A tus datastore that keeps every object of `inner` under `prefix`: upload `abc` is stored at
 * `tus/abc` (and `tus/abc.info`, `tus/abc.part`) while @tus/server keeps seeing the id `abc`.
 * @tus/s3-store names its objects by the bare upload id; this keeps them apart from `blobs/`.
 */
export class PrefixedDataStore extends DataStore {
  constructor(
    private readonly inner: InnerStore,
    private readonly prefix: string,
  ) {
    super();
    this.extensions = inner.extensions;
  }

  private keyOf(id: string): string {
    if (id === '' || id === '.' || id === '..' || /[/\\]/.test(id)) throw ERRORS.FILE_NOT_FOUND;
    return `${this.prefix}${id}`;
  }

  override async create(upload: Upload): Promise<Upload> {
    const id = upload.id;
    upload.id = this.keyOf(id);
    try {
      const created = await this.inner.create(upload);
      created.id = id;
      return created;
    } finally {
      upload.id = id;
    }
  }

  override remove(id: string): Promise<void> {
    return this.inner.remove(this.keyOf(id));
  }

  override write(stream: Readable, id: string, offset: number): Promise<number> {
    return this.inner.write(stream, this.keyOf(id), offset);
  }

  override async getUpload(id: string): Promise<Upload> {
    const upload = await this.inner.getUpload(this.keyOf(id));
    upload.id = id;
    return upload;
  }

  override declareUploadLength(id: string, length: number): Promise<void> {
    return this.inner.declareUploadLength(this.keyOf(id), length);
  }

  override deleteExpired(): Promise<number> {
    return this.inner.deleteExpired();
  }

  override getExpiration(): number {
    return this.inner.getExpiration();
  }

  read(id: string): Promise<Readable> | Readable {
    return this.inner.read(this.keyOf(id));
  }
}
