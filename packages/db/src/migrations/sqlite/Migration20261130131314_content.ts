import { Migration } from '@mikro-orm/migrations';

export class Migration20261130131314_content extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`blobs\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`organization_id\` text not null, \`key\` text not null, \`size\` bigint not null, \`state\` text not null default 'uploading', \`upload_id\` text null, constraint \`blobs_organization_id_foreign\` foreign key(\`organization_id\`) references \`organizations\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`blobs_organization_id_index\` on \`blobs\` (\`organization_id\`);`);
    this.addSql(`create unique index \`blobs_key_unique\` on \`blobs\` (\`key\`);`);
    this.addSql(`create unique index \`blobs_upload_id_unique\` on \`blobs\` (\`upload_id\`);`);
    this.addSql(`create index \`blobs_state_updated_index\` on \`blobs\` (\`state\`, \`updated_at\`);`);

    this.addSql(`create table \`items\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`organization_id\` text not null, \`project_id\` text not null, \`parent_id\` text null, \`kind\` text not null, \`name\` text not null, \`name_key\` text not null, \`depth\` integer not null, \`size\` bigint not null default 0, \`content_type\` text null, \`sha256\` text null, \`blob_id\` text null, \`created_by_id\` text null, constraint \`items_organization_id_foreign\` foreign key(\`organization_id\`) references \`organizations\`(\`id\`) on delete cascade on update cascade, constraint \`items_project_id_foreign\` foreign key(\`project_id\`) references \`projects\`(\`id\`) on delete cascade on update cascade, constraint \`items_parent_id_foreign\` foreign key(\`parent_id\`) references \`items\`(\`id\`) on delete cascade on update cascade, constraint \`items_blob_id_foreign\` foreign key(\`blob_id\`) references \`blobs\`(\`id\`) on delete set null on update cascade, constraint \`items_created_by_id_foreign\` foreign key(\`created_by_id\`) references \`users\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`items_organization_id_index\` on \`items\` (\`organization_id\`);`);
    this.addSql(`create unique index \`items_blob_id_unique\` on \`items\` (\`blob_id\`);`);
    this.addSql(`create unique index items_sibling_name on items (project_id, coalesce(parent_id, project_id), name_key);`);
    this.addSql(`create index \`items_list_name_index\` on \`items\` (\`project_id\`, \`parent_id\`, \`kind\`, \`name_key\`, \`id\`);`);
    this.addSql(`create index \`items_list_size_index\` on \`items\` (\`project_id\`, \`parent_id\`, \`kind\`, \`size\`, \`id\`);`);
    this.addSql(`create index \`items_list_date_index\` on \`items\` (\`project_id\`, \`parent_id\`, \`kind\`, \`created_at\`, \`id\`);`);
    this.addSql(`create index \`items_search_index\` on \`items\` (\`project_id\`, \`name_key\`);`);

    this.addSql(`alter table \`organizations\` add column \`storage_bytes\` bigint not null default 0;`);
  }

}
