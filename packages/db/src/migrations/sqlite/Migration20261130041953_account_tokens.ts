import { Migration } from '@mikro-orm/migrations';

export class Migration20261130041953_account_tokens extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`account_tokens\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`user_id\` text not null, \`purpose\` text not null, \`token_hash\` text not null, \`email\` text not null, \`expires_at\` datetime not null, \`used_at\` datetime null, constraint \`account_tokens_user_id_foreign\` foreign key(\`user_id\`) references \`users\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create unique index \`account_tokens_token_hash_unique\` on \`account_tokens\` (\`token_hash\`);`);
    this.addSql(`create index \`account_tokens_user_purpose_index\` on \`account_tokens\` (\`user_id\`, \`purpose\`);`);

    this.addSql(`alter table \`users\` add column \`email_verified_at\` datetime null;`);
  }

}
