import { Migration } from '@mikro-orm/migrations';

export class Migration20261130072800_events_outbox extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`events\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`name\` text not null, \`organization_id\` text null, \`actor_type\` text not null, \`actor_id\` text null, \`payload\` json not null, \`dispatched_at\` datetime null, \`claim_id\` text null, \`lease_expires_at\` datetime null, \`attempts\` integer not null default 0, primary key (\`id\`));`);
    this.addSql(`create index \`events_dispatched_created_index\` on \`events\` (\`dispatched_at\`, \`created_at\`);`);
    this.addSql(`create index \`events_org_created_index\` on \`events\` (\`organization_id\`, \`created_at\`);`);
    this.addSql(`create index \`events_claim_index\` on \`events\` (\`claim_id\`);`);
  }

}
