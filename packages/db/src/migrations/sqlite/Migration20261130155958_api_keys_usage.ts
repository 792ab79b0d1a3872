import { Migration } from '@mikro-orm/migrations';

export class Migration20261130155958_api_keys_usage extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`usage_batches\` (\`id\` text not null, \`applied_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`usage_batches_applied_at_index\` on \`usage_batches\` (\`applied_at\`);`);

    this.addSql(`create table \`usage_daily\` (\`organization_id\` text not null, \`day\` text not null, \`project_id\` text not null, \`api_key_id\` text not null, \`api_calls\` bigint not null default 0, \`bandwidth_in\` bigint not null default 0, \`bandwidth_out\` bigint not null default 0, constraint \`usage_daily_organization_id_foreign\` foreign key(\`organization_id\`) references \`organizations\`(\`id\`) on delete cascade on update cascade, primary key (\`organization_id\`, \`day\`, \`project_id\`, \`api_key_id\`));`);

    this.addSql(`create table \`usage_storage_daily\` (\`organization_id\` text not null, \`day\` text not null, \`peak_bytes\` bigint not null default 0, \`last_bytes\` bigint not null default 0, constraint \`usage_storage_daily_organization_id_foreign\` foreign key(\`organization_id\`) references \`organizations\`(\`id\`) on delete cascade on update cascade, primary key (\`organization_id\`, \`day\`));`);

    this.addSql(`create table \`api_keys\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`organization_id\` text not null, \`name\` text not null, \`prefix\` text not null, \`secret_hash\` text not null, \`scopes\` json not null, \`all_projects\` integer not null, \`created_by_id\` text null, \`expires_at\` datetime null, \`last_used_at\` datetime null, \`revoked_at\` datetime null, \`revoked_by_id\` text null, constraint \`api_keys_organization_id_foreign\` foreign key(\`organization_id\`) references \`organizations\`(\`id\`) on delete cascade on update cascade, constraint \`api_keys_created_by_id_foreign\` foreign key(\`created_by_id\`) references \`users\`(\`id\`) on delete set null on update cascade, constraint \`api_keys_revoked_by_id_foreign\` foreign key(\`revoked_by_id\`) references \`users\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create unique index \`api_keys_secret_hash_unique\` on \`api_keys\` (\`secret_hash\`);`);
    this.addSql(`create index \`api_keys_org_created_index\` on \`api_keys\` (\`organization_id\`, \`created_at\`);`);

    this.addSql(`create table \`api_key_projects\` (\`api_key_id\` text not null, \`project_id\` text not null, \`organization_id\` text not null, constraint \`api_key_projects_api_key_id_foreign\` foreign key(\`api_key_id\`) references \`api_keys\`(\`id\`) on delete cascade on update cascade, constraint \`api_key_projects_project_id_foreign\` foreign key(\`project_id\`) references \`projects\`(\`id\`) on delete cascade on update cascade, constraint \`api_key_projects_organization_id_foreign\` foreign key(\`organization_id\`) references \`organizations\`(\`id\`) on delete cascade on update cascade, primary key (\`api_key_id\`, \`project_id\`));`);
    this.addSql(`create index \`api_key_projects_project_id_index\` on \`api_key_projects\` (\`project_id\`);`);
    this.addSql(`create index \`api_key_projects_organization_id_index\` on \`api_key_projects\` (\`organization_id\`);`);

    this.addSql(`alter table \`organizations\` add column \`limits\` json null;`);
  }

}
