import { Migration } from '@mikro-orm/migrations';

export class Migration20261130131314_content extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "blobs" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" uuid not null, "key" varchar(512) not null, "size" bigint not null, "state" varchar(10) not null default 'uploading', "upload_id" varchar(128) null, constraint "blobs_pkey" primary key ("id"));`);
    this.addSql(`create index "blobs_organization_id_index" on "blobs" ("organization_id");`);
    this.addSql(`alter table "blobs" add constraint "blobs_key_unique" unique ("key");`);
    this.addSql(`alter table "blobs" add constraint "blobs_upload_id_unique" unique ("upload_id");`);
    this.addSql(`create index "blobs_state_updated_index" on "blobs" ("state", "updated_at");`);

    this.addSql(`create table "items" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" uuid not null, "project_id" uuid not null, "parent_id" uuid null, "kind" varchar(10) not null, "name" varchar(255) not null, "name_key" varchar(255) not null, "depth" int not null, "size" bigint not null default 0, "content_type" varchar(255) null, "sha256" char(64) null, "blob_id" uuid null, "created_by_id" uuid null, constraint "items_pkey" primary key ("id"));`);
    this.addSql(`create index "items_organization_id_index" on "items" ("organization_id");`);
    this.addSql(`alter table "items" add constraint "items_blob_id_unique" unique ("blob_id");`);
    this.addSql(`create unique index items_sibling_name on items (project_id, coalesce(parent_id, project_id), name_key);`);
    this.addSql(`create index "items_list_name_index" on "items" ("project_id", "parent_id", "kind", "name_key", "id");`);
    this.addSql(`create index "items_list_size_index" on "items" ("project_id", "parent_id", "kind", "size", "id");`);
    this.addSql(`create index "items_list_date_index" on "items" ("project_id", "parent_id", "kind", "created_at", "id");`);
    this.addSql(`create index "items_search_index" on "items" ("project_id", "name_key");`);

    this.addSql(`alter table "blobs" add constraint "blobs_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "items" add constraint "items_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "items" add constraint "items_project_id_foreign" foreign key ("project_id") references "projects" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "items" add constraint "items_parent_id_foreign" foreign key ("parent_id") references "items" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "items" add constraint "items_blob_id_foreign" foreign key ("blob_id") references "blobs" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "items" add constraint "items_created_by_id_foreign" foreign key ("created_by_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "organizations" add column "storage_bytes" bigint not null default 0;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "items" drop constraint "items_blob_id_foreign";`);

    this.addSql(`alter table "items" drop constraint "items_parent_id_foreign";`);

    this.addSql(`drop table if exists "blobs" cascade;`);

    this.addSql(`drop table if exists "items" cascade;`);

    this.addSql(`alter table "organizations" drop column "storage_bytes";`);
  }

}
