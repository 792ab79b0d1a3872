import { Migration } from '@mikro-orm/migrations';

export class Migration20261130042152_email_delivery_lease extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`email_deliveries\` add column \`organization_id\` text null constraint \`email_deliveries_organization_id_foreign\` references \`organizations\` (\`id\`) on update cascade on delete cascade;`);
    this.addSql(`alter table \`email_deliveries\` add column \`lease_expires_at\` datetime null;`);
    this.addSql(`alter table \`email_deliveries\` add column \`next_attempt_at\` datetime null;`);
    this.addSql(`create index \`email_deliveries_status_index\` on \`email_deliveries\` (\`status\`);`);
    this.addSql(`create index \`email_deliveries_org_created_index\` on \`email_deliveries\` (\`organization_id\`, \`created_at\`);`);
  }

}
