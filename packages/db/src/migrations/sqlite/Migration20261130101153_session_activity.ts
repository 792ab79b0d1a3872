import { Migration } from '@mikro-orm/migrations';

export class Migration20261130101153_session_activity extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`sessions\` add column \`user_agent\` text null;`);
    this.addSql(`alter table \`sessions\` add column \`ip\` text null;`);
    this.addSql(`alter table \`sessions\` add column \`last_seen_at\` datetime null;`);
  }

}
