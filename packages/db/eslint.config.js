import { roster } from '@roster/config/eslint';

export default roster({
  forbid: [
    { group: ['@roster/*'], message: 'packages/db is the bottom layer: it imports no other Roster package.' },
  ],
});
