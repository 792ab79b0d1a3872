import { roster } from '@roster/config/eslint';

export default roster();
