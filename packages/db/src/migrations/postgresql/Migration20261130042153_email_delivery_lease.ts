import { Migration } from '@mikro-orm/migrations';

export class Migration20261130042153_email_delivery_lease extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "email_deliveries" add column "organization_id" uuid null, add column "lease_expires_at" timestamptz null, add column "next_attempt_at" timestamptz null;`);
    this.addSql(`alter table "email_deliveries" add constraint "email_deliveries_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);
    this.addSql(`create index "email_deliveries_status_index" on "email_deliveries" ("status");`);
    this.addSql(`create index "email_deliveries_org_created_index" on "email_deliveries" ("organization_id", "created_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "email_deliveries" drop constraint "email_deliveries_organization_id_foreign";`);

    this.addSql(`drop index "email_deliveries_status_index";`);
    this.addSql(`drop index "email_deliveries_org_created_index";`);
    this.addSql(`alter table "email_deliveries" drop column "organization_id", drop column "lease_expires_at", drop column "next_attempt_at";`);
  }

}
