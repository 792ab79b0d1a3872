import { S3Store } from '@tus/s3-store';

/**
 * @tus/s3-store whose `remove` (tus termination) also deletes the upload's incomplete-part object
 * (`<id>.part`, the tail shorter than a part), which S3Store.remove leaves behind.
 */
export class TusS3Store extends S3Store {
  override async remove(id: string): Promise<void> {
    await super.remove(id);
    await this.deleteIncompletePart(id);
  }
}
