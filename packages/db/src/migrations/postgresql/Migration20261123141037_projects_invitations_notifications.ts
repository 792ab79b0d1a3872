import { Migration } from '@mikro-orm/migrations';

export class Migration20261123141037_projects_invitations_notifications extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "projects" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" uuid not null, "name" varchar(100) not null, "description" varchar(500) not null default '', "visibility" varchar(20) not null, "is_library" boolean not null default false, "archived_at" timestamptz null, constraint "projects_pkey" primary key ("id"));`);
    this.addSql(`create index "projects_organization_id_index" on "projects" ("organization_id");`);
    this.addSql(`create unique index projects_one_library on projects (organization_id) where is_library;`);

    this.addSql(`create table "project_members" ("id" uuid not null, "project_id" uuid not null, "organization_id" uuid not null, "user_id" uuid not null, "role" varchar(20) not null, "created_at" timestamptz not null, constraint "project_members_pkey" primary key ("id"));`);
    this.addSql(`create index "project_members_org_user_index" on "project_members" ("organization_id", "user_id");`);
    this.addSql(`alter table "project_members" add constraint "project_members_project_user_unique" unique ("project_id", "user_id");`);

    this.addSql(`create table "notifications" ("id" uuid not null, "user_id" uuid not null, "type" varchar(30) not null, "data" jsonb not null, "read_at" timestamptz null, "created_at" timestamptz not null, constraint "notifications_pkey" primary key ("id"));`);
    this.addSql(`create index "notifications_user_created_index" on "notifications" ("user_id", "created_at");`);

    this.addSql(`create table "invitations" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" uuid not null, "email" varchar(320) not null, "role" varchar(10) not null, "token_hash" varchar(64) not null, "state" varchar(10) not null default 'pending', "expires_at" timestamptz null, "invited_by_id" uuid null, "projects" jsonb not null, "send_count" int not null default 1, "responded_at" timestamptz null, constraint "invitations_pkey" primary key ("id"));`);
    this.addSql(`create index "invitations_email_index" on "invitations" ("email");`);
    this.addSql(`alter table "invitations" add constraint "invitations_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create unique index invitations_one_pending on invitations (organization_id, email) where state = 'pending';`);
    this.addSql(`create index "invitations_org_created_index" on "invitations" ("organization_id", "created_at");`);

    this.addSql(`alter table "projects" add constraint "projects_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "project_members" add constraint "project_members_project_id_foreign" foreign key ("project_id") references "projects" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "project_members" add constraint "project_members_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "project_members" add constraint "project_members_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "notifications" add constraint "notifications_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "invitations" add constraint "invitations_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "invitations" add constraint "invitations_invited_by_id_foreign" foreign key ("invited_by_id") references "users" ("id") on update cascade on delete set null;`);

    // Every organization has a Library project (PRODUCT.md §3), those made before this one too.
    this.addSql(`insert into "projects" ("id", "created_at", "updated_at", "organization_id", "name", "description", "visibility", "is_library") select gen_random_uuid(), now(), now(), "id", 'Library', 'The organization-wide content space.', 'organization', true from "organizations";`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "project_members" drop constraint "project_members_project_id_foreign";`);

    this.addSql(`drop table if exists "projects" cascade;`);

    this.addSql(`drop table if exists "project_members" cascade;`);

    this.addSql(`drop table if exists "notifications" cascade;`);

    this.addSql(`drop table if exists "invitations" cascade;`);
  }

}
