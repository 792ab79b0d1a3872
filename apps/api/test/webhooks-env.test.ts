import { describe, expect, it } from 'vitest';
import { apiSettings } from '../src/app.js';
import { parseEnv, type Env } from '../src/env.js';

const secret = { SECRET_KEY: 'k'.repeat(32) };
const settingsOf = (source: Record<string, string>) => apiSettings(parseEnv({ ...secret, ...source }) as Env);

describe('WEBHOOK_ALLOW_PRIVATE in the API', () => {
  it('is off by default and reaches the dependencies as webhookAllowPrivate', () => {
    expect(settingsOf({}).webhookAllowPrivate).toBe(false);
    expect(settingsOf({ WEBHOOK_ALLOW_PRIVATE: 'false' }).webhookAllowPrivate).toBe(false);
    expect(settingsOf({ WEBHOOK_ALLOW_PRIVATE: 'true' }).webhookAllowPrivate).toBe(true);
  });

  it('refuses anything but true or false with one line naming it', () => {
    expect(parseEnv({ WEBHOOK_ALLOW_PRIVATE: '1' })).toBe(
      'roster: setting WEBHOOK_ALLOW_PRIVATE must be true or false',
    );
  });
});
