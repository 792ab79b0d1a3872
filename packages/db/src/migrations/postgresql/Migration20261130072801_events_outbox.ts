import { Migration } from '@mikro-orm/migrations';

export class Migration20261130072801_events_outbox extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "events" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(60) not null, "organization_id" uuid null, "actor_type" varchar(10) not null, "actor_id" varchar(64) null, "payload" jsonb not null, "dispatched_at" timestamptz null, "claim_id" uuid null, "lease_expires_at" timestamptz null, "attempts" int not null default 0, constraint "events_pkey" primary key ("id"));`);
    this.addSql(`create index "events_dispatched_created_index" on "events" ("dispatched_at", "created_at");`);
    this.addSql(`create index "events_org_created_index" on "events" ("organization_id", "created_at");`);
    this.addSql(`create index "events_claim_index" on "events" ("claim_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "events" cascade;`);
  }

}
