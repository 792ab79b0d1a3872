import { roster } from '@roster/config/eslint';

export default roster({
  react: true,
  forbid: [
    {
      group: ['@roster/*'],
      message:
        'packages/emails only renders templates from the props it is given: it imports no other Roster package.',
    },
  ],
});
