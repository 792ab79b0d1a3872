import { roster } from '@roster/config/eslint';

export default roster({
  forbid: [
    { group: ['@roster/*'], message: 'packages/storage moves bytes: it imports no other Roster package.' },
  ],
});
