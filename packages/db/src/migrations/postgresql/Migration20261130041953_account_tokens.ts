import { Migration } from '@mikro-orm/migrations';

export class Migration20261130041953_account_tokens extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "account_tokens" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "user_id" uuid not null, "purpose" varchar(20) not null, "token_hash" varchar(64) not null, "email" varchar(320) not null, "expires_at" timestamptz not null, "used_at" timestamptz null, constraint "account_tokens_pkey" primary key ("id"));`);
    this.addSql(`alter table "account_tokens" add constraint "account_tokens_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "account_tokens_user_purpose_index" on "account_tokens" ("user_id", "purpose");`);

    this.addSql(`alter table "account_tokens" add constraint "account_tokens_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "users" add column "email_verified_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "account_tokens" cascade;`);

    this.addSql(`alter table "users" drop column "email_verified_at";`);
  }

}
