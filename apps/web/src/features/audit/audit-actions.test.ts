import { auditSentenceActions } from '@roster/core/browser';
import { describe, expect, it } from 'vitest';
import { actionChoiceLabel, actionGroups, actionLabels } from './audit-actions';

describe('actionGroups', () => {
  const values = actionGroups.flatMap((group) => group.choices.map((choice) => choice.value));

  it('offers every organization action exactly once, and no account event', () => {
    const exact = values.filter((value) => !value.endsWith('.'));
    const orgActions = auditSentenceActions.filter(
      (a) => !a.startsWith('user.') && !a.startsWith('account.'),
    );
    expect([...exact].sort()).toEqual([...orgActions].sort());
    expect(new Set(values).size).toBe(values.length);
    expect(Object.keys(actionLabels).sort()).toEqual([...orgActions].sort());
  });

  it('puts each family first in its group, followed by its actions', () => {
    expect(actionGroups.map((group) => group.label)).toEqual([
      'Members',
      'Invitations',
      'Organization',
      'Projects',
      'Content',
      'API keys',
      'Plugins',
    ]);
    for (const group of actionGroups) {
      const first = group.choices[0]!.value;
      expect(first.endsWith('.')).toBe(true);
      expect(group.choices.filter((c) => c.value.startsWith(first)).length).toBeGreaterThan(1);
    }
  });

  it('labels a value, or says it does not know it', () => {
    expect(actionChoiceLabel('member.')).toBe('All member changes');
    expect(actionChoiceLabel('asset.uploaded')).toBe('File uploaded');
    expect(actionChoiceLabel('member.unknown')).toBeUndefined();
  });
});
