import { Migration } from '@mikro-orm/migrations';

export class Migration20261130155958_api_keys_usage extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "usage_batches" ("id" varchar(64) not null, "applied_at" timestamptz not null, constraint "usage_batches_pkey" primary key ("id"));`);
    this.addSql(`create index "usage_batches_applied_at_index" on "usage_batches" ("applied_at");`);

    this.addSql(`create table "usage_daily" ("organization_id" uuid not null, "day" varchar(10) not null, "project_id" uuid not null, "api_key_id" uuid not null, "api_calls" bigint not null default 0, "bandwidth_in" bigint not null default 0, "bandwidth_out" bigint not null default 0, constraint "usage_daily_pkey" primary key ("organization_id", "day", "project_id", "api_key_id"));`);

    this.addSql(`create table "usage_storage_daily" ("organization_id" uuid not null, "day" varchar(10) not null, "peak_bytes" bigint not null default 0, "last_bytes" bigint not null default 0, constraint "usage_storage_daily_pkey" primary key ("organization_id", "day"));`);

    this.addSql(`create table "api_keys" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" uuid not null, "name" varchar(100) not null, "prefix" varchar(12) not null, "secret_hash" varchar(64) not null, "scopes" jsonb not null, "all_projects" boolean not null, "created_by_id" uuid null, "expires_at" timestamptz null, "last_used_at" timestamptz null, "revoked_at" timestamptz null, "revoked_by_id" uuid null, constraint "api_keys_pkey" primary key ("id"));`);
    this.addSql(`alter table "api_keys" add constraint "api_keys_secret_hash_unique" unique ("secret_hash");`);
    this.addSql(`create index "api_keys_org_created_index" on "api_keys" ("organization_id", "created_at");`);

    this.addSql(`create table "api_key_projects" ("api_key_id" uuid not null, "project_id" uuid not null, "organization_id" uuid not null, constraint "api_key_projects_pkey" primary key ("api_key_id", "project_id"));`);
    this.addSql(`create index "api_key_projects_project_id_index" on "api_key_projects" ("project_id");`);
    this.addSql(`create index "api_key_projects_organization_id_index" on "api_key_projects" ("organization_id");`);

    this.addSql(`alter table "usage_daily" add constraint "usage_daily_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "usage_storage_daily" add constraint "usage_storage_daily_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "api_keys" add constraint "api_keys_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "api_keys" add constraint "api_keys_created_by_id_foreign" foreign key ("created_by_id") references "users" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "api_keys" add constraint "api_keys_revoked_by_id_foreign" foreign key ("revoked_by_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "api_key_projects" add constraint "api_key_projects_api_key_id_foreign" foreign key ("api_key_id") references "api_keys" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "api_key_projects" add constraint "api_key_projects_project_id_foreign" foreign key ("project_id") references "projects" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "api_key_projects" add constraint "api_key_projects_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "organizations" add column "limits" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "api_key_projects" drop constraint "api_key_projects_api_key_id_foreign";`);

    this.addSql(`drop table if exists "usage_batches" cascade;`);

    this.addSql(`drop table if exists "usage_daily" cascade;`);

    this.addSql(`drop table if exists "usage_storage_daily" cascade;`);

    this.addSql(`drop table if exists "api_keys" cascade;`);

    this.addSql(`drop table if exists "api_key_projects" cascade;`);

    this.addSql(`alter table "organizations" drop column "limits";`);
  }

}
