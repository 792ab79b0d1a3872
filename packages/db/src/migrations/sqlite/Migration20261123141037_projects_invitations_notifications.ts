import { Migration } from '@mikro-orm/migrations';

export class Migration20261123141037_projects_invitations_notifications extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`projects\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`organization_id\` text not null, \`name\` text not null, \`description\` text not null default '', \`visibility\` text not null, \`is_library\` integer not null default false, \`archived_at\` datetime null, constraint \`projects_organization_id_foreign\` foreign key(\`organization_id\`) references \`organizations\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`projects_organization_id_index\` on \`projects\` (\`organization_id\`);`);
    this.addSql(`create unique index projects_one_library on projects (organization_id) where is_library;`);

    this.addSql(`create table \`project_members\` (\`id\` text not null, \`project_id\` text not null, \`organization_id\` text not null, \`user_id\` text not null, \`role\` text not null, \`created_at\` datetime not null, constraint \`project_members_project_id_foreign\` foreign key(\`project_id\`) references \`projects\`(\`id\`) on delete cascade on update cascade, constraint \`project_members_organization_id_foreign\` foreign key(\`organization_id\`) references \`organizations\`(\`id\`) on delete cascade on update cascade, constraint \`project_members_user_id_foreign\` foreign key(\`user_id\`) references \`users\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`project_members_project_id_index\` on \`project_members\` (\`project_id\`);`);
    this.addSql(`create index \`project_members_org_user_index\` on \`project_members\` (\`organization_id\`, \`user_id\`);`);
    this.addSql(`create unique index \`project_members_project_user_unique\` on \`project_members\` (\`project_id\`, \`user_id\`);`);

    this.addSql(`create table \`notifications\` (\`id\` text not null, \`user_id\` text not null, \`type\` text not null, \`data\` json not null, \`read_at\` datetime null, \`created_at\` datetime not null, constraint \`notifications_user_id_foreign\` foreign key(\`user_id\`) references \`users\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`notifications_user_created_index\` on \`notifications\` (\`user_id\`, \`created_at\`);`);

    this.addSql(`create table \`invitations\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`organization_id\` text not null, \`email\` text not null, \`role\` text not null, \`token_hash\` text not null, \`state\` text not null default 'pending', \`expires_at\` datetime null, \`invited_by_id\` text null, \`projects\` json not null, \`send_count\` integer not null default 1, \`responded_at\` datetime null, constraint \`invitations_organization_id_foreign\` foreign key(\`organization_id\`) references \`organizations\`(\`id\`) on delete cascade on update cascade, constraint \`invitations_invited_by_id_foreign\` foreign key(\`invited_by_id\`) references \`users\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`invitations_email_index\` on \`invitations\` (\`email\`);`);
    this.addSql(`create unique index \`invitations_token_hash_unique\` on \`invitations\` (\`token_hash\`);`);
    this.addSql(`create unique index invitations_one_pending on invitations (organization_id, email) where state = 'pending';`);
    this.addSql(`create index \`invitations_org_created_index\` on \`invitations\` (\`organization_id\`, \`created_at\`);`);

    // Every organization has a Library project (PRODUCT.md §3), those made before this one too.
    this.addSql(`insert into \`projects\` (\`id\`, \`created_at\`, \`updated_at\`, \`organization_id\`, \`name\`, \`description\`, \`visibility\`, \`is_library\`) select lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + abs(random()) % 4, 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))), strftime('%s', 'now') * 1000, strftime('%s', 'now') * 1000, \`id\`, 'Library', 'The organization-wide content space.', 'organization', 1 from \`organizations\`;`);
  }

}
