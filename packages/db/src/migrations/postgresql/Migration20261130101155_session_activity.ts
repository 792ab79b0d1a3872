import { Migration } from '@mikro-orm/migrations';

export class Migration20261130101155_session_activity extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "sessions" add column "user_agent" varchar(512) null, add column "ip" varchar(64) null, add column "last_seen_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "sessions" drop column "user_agent", drop column "ip", drop column "last_seen_at";`);
  }

}
