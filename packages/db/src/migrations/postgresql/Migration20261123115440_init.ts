import { Migration } from '@mikro-orm/migrations';

export class Migration20261123115440_init extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "email_deliveries" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "key" varchar(200) not null, "template" varchar(50) not null, "recipient" varchar(320) not null, "status" varchar(10) not null default 'queued', "attempts" int not null default 0, "last_error" text null, "claimed_at" timestamptz null, "sent_at" timestamptz null, constraint "email_deliveries_pkey" primary key ("id"));`);
    this.addSql(`alter table "email_deliveries" add constraint "email_deliveries_key_unique" unique ("key");`);

    this.addSql(`create table "organizations" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(100) not null, "plan" varchar(20) not null default 'free', "invitation_expiry" varchar(10) not null default '7d', constraint "organizations_pkey" primary key ("id"));`);

    this.addSql(`create table "users" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "email" varchar(320) not null, "name" varchar(100) not null, "password_hash" varchar(255) not null, "last_org_id" uuid null, "owned_org_limit" int null, constraint "users_pkey" primary key ("id"));`);
    this.addSql(`alter table "users" add constraint "users_email_unique" unique ("email");`);

    this.addSql(`create table "sessions" ("id" varchar(64) not null, "user_id" uuid not null, "expires_at" timestamptz not null, "absolute_expires_at" timestamptz not null, "created_at" timestamptz not null, constraint "sessions_pkey" primary key ("id"));`);
    this.addSql(`create index "sessions_user_id_index" on "sessions" ("user_id");`);

    this.addSql(`create table "memberships" ("id" uuid not null, "organization_id" uuid not null, "user_id" uuid not null, "role" varchar(10) not null, "created_at" timestamptz not null, constraint "memberships_pkey" primary key ("id"));`);
    this.addSql(`create index "memberships_user_id_index" on "memberships" ("user_id");`);
    this.addSql(`alter table "memberships" add constraint "memberships_org_user_unique" unique ("organization_id", "user_id");`);
    this.addSql(`create unique index memberships_one_owner on memberships (organization_id) where role = 'owner';`);

    this.addSql(`alter table "sessions" add constraint "sessions_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "memberships" add constraint "memberships_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "memberships" add constraint "memberships_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "memberships" drop constraint "memberships_organization_id_foreign";`);

    this.addSql(`alter table "sessions" drop constraint "sessions_user_id_foreign";`);

    this.addSql(`alter table "memberships" drop constraint "memberships_user_id_foreign";`);

    this.addSql(`drop table if exists "email_deliveries" cascade;`);

    this.addSql(`drop table if exists "organizations" cascade;`);

    this.addSql(`drop table if exists "users" cascade;`);

    this.addSql(`drop table if exists "sessions" cascade;`);

    this.addSql(`drop table if exists "memberships" cascade;`);
  }

}
