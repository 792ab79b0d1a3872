import { Migration } from '@mikro-orm/migrations';

export class Migration20261130193111_audit_stats_plugins extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "audit_records" ("id" uuid not null, "organization_id" uuid not null, "created_at" timestamptz not null, "actor_type" varchar(10) not null, "actor_id" varchar(64) null, "actor_name" varchar(200) null, "action" varchar(60) not null, "target_type" varchar(20) null, "target_id" varchar(64) null, "target_name" varchar(300) null, "summary" jsonb null, "ip" varchar(45) null, "user_agent" varchar(512) null, constraint "audit_records_pkey" primary key ("id"));`);
    this.addSql(`create index "audit_records_org_created_index" on "audit_records" ("organization_id", "created_at", "id");`);
    this.addSql(`create index "audit_records_org_actor_index" on "audit_records" ("organization_id", "actor_id", "created_at");`);
    this.addSql(`create index "audit_records_org_action_index" on "audit_records" ("organization_id", "action", "created_at");`);

    this.addSql(`create table "activity_daily" ("organization_id" uuid not null, "day" varchar(10) not null, "project_id" uuid not null, "user_id" uuid not null, "uploads" bigint not null default 0, "downloads" bigint not null default 0, "bytes_uploaded" bigint not null default 0, "bytes_downloaded" bigint not null default 0, constraint "activity_daily_pkey" primary key ("organization_id", "day", "project_id", "user_id"));`);

    this.addSql(`create table "stats_organizations" ("organization_id" uuid not null, "members" int not null default 0, "projects" int not null default 0, "folders" bigint not null default 0, "assets" bigint not null default 0, "storage_bytes" bigint not null default 0, "uploads30d" bigint not null default 0, "downloads30d" bigint not null default 0, "last_activity_at" timestamptz null, "computed_at" timestamptz null, "requested_at" timestamptz null, constraint "stats_organizations_pkey" primary key ("organization_id"));`);

    this.addSql(`create table "stats_projects" ("organization_id" uuid not null, "project_id" uuid not null, "name" varchar(200) not null, "archived" boolean not null default false, "members" int not null default 0, "folders" bigint not null default 0, "assets" bigint not null default 0, "storage_bytes" bigint not null default 0, "uploads30d" bigint not null default 0, "downloads30d" bigint not null default 0, "last_activity_at" timestamptz null, "computed_at" timestamptz not null, constraint "stats_projects_pkey" primary key ("organization_id", "project_id"));`);

    this.addSql(`create table "stats_users" ("organization_id" uuid not null, "user_id" uuid not null, "name" varchar(200) not null, "email" varchar(320) not null, "search_text" varchar(530) not null, "role" varchar(10) not null, "projects" int not null default 0, "uploads" bigint not null default 0, "downloads" bigint not null default 0, "bytes_uploaded" bigint not null default 0, "last_active_at" timestamptz null, "computed_at" timestamptz not null, constraint "stats_users_pkey" primary key ("organization_id", "user_id"));`);

    this.addSql(`create table "usage_alerts" ("plugin_id" uuid not null, "metric" varchar(20) not null, "month" varchar(7) not null, "organization_id" uuid not null, "percent" int not null, "sent_at" timestamptz not null, constraint "usage_alerts_pkey" primary key ("plugin_id", "metric", "month"));`);

    this.addSql(`create table "plugins" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" uuid not null, "kind" varchar(30) not null, "name" varchar(100) not null, "config" jsonb not null, "secret" varchar(100) null, "installed_by_id" uuid null, constraint "plugins_pkey" primary key ("id"));`);
    this.addSql(`create index "plugins_org_created_index" on "plugins" ("organization_id", "created_at");`);
    this.addSql(`create index "plugins_org_installed_by_index" on "plugins" ("organization_id", "installed_by_id");`);

    this.addSql(`create table "webhook_deliveries" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" uuid not null, "plugin_id" uuid not null, "event_id" uuid not null, "action" varchar(60) not null, "status" varchar(12) not null default 'pending', "attempts" int not null default 0, "last_response_code" int null, "last_duration_ms" int null, "last_error" varchar(500) null, "last_attempt_at" timestamptz null, "next_attempt_at" timestamptz null, "delivered_at" timestamptz null, constraint "webhook_deliveries_pkey" primary key ("id"));`);
    this.addSql(`create index "webhook_deliveries_plugin_created_index" on "webhook_deliveries" ("plugin_id", "created_at");`);
    this.addSql(`alter table "webhook_deliveries" add constraint "webhook_deliveries_plugin_event_unique" unique ("plugin_id", "event_id");`);

    this.addSql(`create table "webhook_attempts" ("id" uuid not null, "delivery_id" uuid not null, "started_at" timestamptz not null, "response_code" int null, "duration_ms" int null, "error" varchar(500) null, "redelivery" boolean not null default false, constraint "webhook_attempts_pkey" primary key ("id"));`);
    this.addSql(`create index "webhook_attempts_delivery_started_index" on "webhook_attempts" ("delivery_id", "started_at");`);

    this.addSql(`alter table "audit_records" add constraint "audit_records_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "activity_daily" add constraint "activity_daily_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "stats_organizations" add constraint "stats_organizations_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "stats_projects" add constraint "stats_projects_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "stats_users" add constraint "stats_users_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "usage_alerts" add constraint "usage_alerts_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "plugins" add constraint "plugins_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "plugins" add constraint "plugins_installed_by_id_foreign" foreign key ("installed_by_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "webhook_deliveries" add constraint "webhook_deliveries_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "webhook_deliveries" add constraint "webhook_deliveries_plugin_id_foreign" foreign key ("plugin_id") references "plugins" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "webhook_attempts" add constraint "webhook_attempts_delivery_id_foreign" foreign key ("delivery_id") references "webhook_deliveries" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "webhook_deliveries" drop constraint "webhook_deliveries_plugin_id_foreign";`);

    this.addSql(`alter table "webhook_attempts" drop constraint "webhook_attempts_delivery_id_foreign";`);

    this.addSql(`drop table if exists "audit_records" cascade;`);

    this.addSql(`drop table if exists "activity_daily" cascade;`);

    this.addSql(`drop table if exists "stats_organizations" cascade;`);

    this.addSql(`drop table if exists "stats_projects" cascade;`);

    this.addSql(`drop table if exists "stats_users" cascade;`);

    this.addSql(`drop table if exists "usage_alerts" cascade;`);

    this.addSql(`drop table if exists "plugins" cascade;`);

    this.addSql(`drop table if exists "webhook_deliveries" cascade;`);

    this.addSql(`drop table if exists "webhook_attempts" cascade;`);
  }

}
