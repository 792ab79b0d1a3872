import { Migration } from '@mikro-orm/migrations';

export class Migration20261123115440_init extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`email_deliveries\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`key\` text not null, \`template\` text not null, \`recipient\` text not null, \`status\` text not null default 'queued', \`attempts\` integer not null default 0, \`last_error\` text null, \`claimed_at\` datetime null, \`sent_at\` datetime null, primary key (\`id\`));`);
    this.addSql(`create unique index \`email_deliveries_key_unique\` on \`email_deliveries\` (\`key\`);`);

    this.addSql(`create table \`organizations\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`name\` text not null, \`plan\` text not null default 'free', \`invitation_expiry\` text not null default '7d', primary key (\`id\`));`);

    this.addSql(`create table \`users\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`email\` text not null, \`name\` text not null, \`password_hash\` text not null, \`last_org_id\` text null, \`owned_org_limit\` integer null, primary key (\`id\`));`);
    this.addSql(`create unique index \`users_email_unique\` on \`users\` (\`email\`);`);

    this.addSql(`create table \`sessions\` (\`id\` text not null, \`user_id\` text not null, \`expires_at\` datetime not null, \`absolute_expires_at\` datetime not null, \`created_at\` datetime not null, constraint \`sessions_user_id_foreign\` foreign key(\`user_id\`) references \`users\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`sessions_user_id_index\` on \`sessions\` (\`user_id\`);`);

    this.addSql(`create table \`memberships\` (\`id\` text not null, \`organization_id\` text not null, \`user_id\` text not null, \`role\` text not null, \`created_at\` datetime not null, constraint \`memberships_organization_id_foreign\` foreign key(\`organization_id\`) references \`organizations\`(\`id\`) on delete cascade on update cascade, constraint \`memberships_user_id_foreign\` foreign key(\`user_id\`) references \`users\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`memberships_organization_id_index\` on \`memberships\` (\`organization_id\`);`);
    this.addSql(`create index \`memberships_user_id_index\` on \`memberships\` (\`user_id\`);`);
    this.addSql(`create unique index \`memberships_org_user_unique\` on \`memberships\` (\`organization_id\`, \`user_id\`);`);
    this.addSql(`create unique index memberships_one_owner on memberships (organization_id) where role = 'owner';`);
  }

}
