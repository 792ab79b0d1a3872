import { roster } from '@roster/config/eslint';

export default roster({
  forbid: [
    {
      group: ['@roster/api', '@roster/api/*', '@roster/web', '@roster/web/*'],
      message:
        'The worker never imports the API or the web app: it reads job contracts from @roster/core (ARCHITECTURE rule 4).',
    },
  ],
});
