import { emptyCounters, emptyFlags, type NormalizedUsageRow, type PersonRef } from '../../usage/usage-row';
import { breakdownKey, usageRowKey } from './usage-row-key';

function rowFor(person: PersonRef): NormalizedUsageRow {
  return {
    line: 1,
    source: 'COPILOT',
    tool: 'copilot',
    day: '2025-10-01',
    person,
    counters: emptyCounters(),
    flags: emptyFlags(),
    breakdowns: [],
  };
}

describe('usageRowKey', () => {
  it('is tool|day|kind:value of the first identity, so a renamed login keeps its key', () => {
    const before = rowFor({
      identities: [
        { kind: 'github_user_id', value: '42' },
        { kind: 'github_login', value: 'alice' },
      ],
      displayName: null,
      isService: false,
    });
    const renamed = rowFor({
      identities: [
        { kind: 'github_user_id', value: '42' },
        { kind: 'github_login', value: 'alice-new' },
      ],
      displayName: null,
      isService: false,
    });
    expect(usageRowKey(before)).toBe('copilot|2025-10-01|github_user_id:42');
    expect(usageRowKey(renamed)).toBe(usageRowKey(before));
  });

  it('throws on a row without identity: parsers must have reported it as a row error', () => {
    expect(() => usageRowKey(rowFor({ identities: [], displayName: null, isService: false }))).toThrow(
      'usage row for copilot on 2025-10-01 has no identity',
    );
  });
});

describe('breakdownKey', () => {
  it('joins dimension, key and key2', () => {
    expect(breakdownKey({ dimension: 'language_feature', key: 'typescript', key2: 'code_completion' })).toBe(
      'language_feature|typescript|code_completion',
    );
    expect(breakdownKey({ dimension: 'ide', key: 'vscode', key2: '' })).toBe('ide|vscode|');
  });
});
