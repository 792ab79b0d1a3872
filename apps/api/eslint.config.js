import { roster } from '@roster/config/eslint';

export default roster({
  forbid: [
    {
      group: ['@roster/web', '@roster/web/*', '@roster/worker', '@roster/worker/*'],
      message: 'The API never imports the web app or the worker.',
    },
    {
      group: ['@roster/emails', '@roster/emails/*', 'nodemailer'],
      message: 'Email is never sent inside a request: enqueue a job (ARCHITECTURE rule 5).',
    },
  ],
  zones: [
    {
      files: ['src/routers/**'],
      forbid: [
        {
          group: ['@roster/db', '@mikro-orm/*'],
          message: 'Procedures are thin: one call into core, no queries (ARCHITECTURE rule 1).',
        },
      ],
    },
  ],
});
