import { describe, expect, it } from 'vitest';
import { apiKeyLines, projectLines } from './breakdown-lines';
import type { UsageRow } from './usage-format';

const row = (over: Partial<UsageRow>): UsageRow => ({
  day: null,
  projectId: null,
  projectName: null,
  apiKeyId: null,
  apiKeyName: null,
  apiKeyPrefix: null,
  apiCalls: 0,
  bandwidthIn: 0,
  bandwidthOut: 0,
  ...over,
});

describe('breakdown lines', () => {
  it('name each project, and the usage outside any, in the order given', () => {
    const lines = projectLines([
      row({ projectId: 'p1', projectName: 'Brand kit', apiCalls: 9 }),
      row({ apiCalls: 2 }),
    ]);
    expect(lines.map((line) => [line.key, line.name, line.detail])).toEqual([
      ['p1', 'Brand kit', undefined],
      ['none', 'No project', 'Requests not about one project, e.g. listing projects'],
    ]);
  });

  it('name each key with its prefix, and the signed-in web app', () => {
    const lines = apiKeyLines([
      row({ apiKeyId: 'k1', apiKeyName: 'CI', apiKeyPrefix: 'rst_Ab12' }),
      row({ bandwidthOut: 5 }),
    ]);
    expect(lines.map((line) => [line.key, line.name, line.detail])).toEqual([
      ['k1', 'CI', 'rst_Ab12…'],
      ['none', 'Signed-in web app', 'Uploads and downloads in the browser (not API calls)'],
    ]);
  });
});
