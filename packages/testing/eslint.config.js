import { roster } from '@roster/config/eslint';

export default roster({
  forbid: [
    {
      group: ['@roster/web', '@roster/web/*', '@roster/bench', '@roster/bench/*'],
      message:
        'packages/testing starts the API and the worker; the web app and the bench use it, not the reverse.',
    },
  ],
});
