import { roster } from '@roster/config/eslint';

export default roster({
  forbid: [
    {
      group: [
        '@roster/api',
        '@roster/api/*',
        '@roster/worker',
        '@roster/worker/*',
        '@roster/web',
        '@roster/web/*',
        '@roster/emails',
        '@roster/emails/*',
      ],
      message: 'core is the domain: it never imports the apps or the email templates (ARCHITECTURE rule 4).',
    },
  ],
  zones: [
    {
      // The browser entry and everything it reaches must run in a browser: no database, no Node.
      files: [
        'src/browser.ts',
        'src/**/schemas.ts',
        'src/common/**',
        'src/permissions/**',
        'src/**/constants.ts',
      ],
      forbid: [
        {
          group: ['@roster/db', '@roster/db/*', 'node:*', '@mikro-orm/*', 'bullmq', 'ioredis', 'lucia'],
          message: 'browser-safe code imports no server modules.',
        },
      ],
    },
  ],
});
