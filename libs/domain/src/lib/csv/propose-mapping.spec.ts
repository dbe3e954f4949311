import { COLUMN_MAPPING_FIELDS } from '../formats/format-parser';
import { HEADER_SYNONYMS, normalizeHeader } from './header-synonyms';
import { proposeMapping } from './propose-mapping';

describe('HEADER_SYNONYMS', () => {
  it('covers every mapping field', () => {
    expect(Object.keys(HEADER_SYNONYMS).sort()).toEqual([...COLUMN_MAPPING_FIELDS].sort());
  });

  it('never lists one normalized name under two fields, so a header can only mean one thing', () => {
    const owners = new Map<string, string>();
    for (const [field, synonyms] of Object.entries(HEADER_SYNONYMS)) {
      for (const synonym of synonyms) {
        const key = normalizeHeader(synonym);
        expect([key, owners.get(key) ?? field]).toEqual([key, field]);
        owners.set(key, field);
      }
    }
  });
});

describe('normalizeHeader', () => {
  it.each([
    ['E-Mail', 'email'],
    [' User_Login ', 'userlogin'],
    ['Lines Added (LOC)', 'linesaddedloc'],
    ['Vorschläge', 'vorschlage'],
  ])('%j → %j', (header, key) => expect(normalizeHeader(header)).toBe(key));
});

describe('proposeMapping', () => {
  it('maps a Cursor-like header, ignoring case, spaces and punctuation', () => {
    expect(
      proposeMapping([
        'Date',
        'E-mail',
        'Suggestions Shown',
        'Suggestions Accepted',
        'Lines Added',
        'Lines Deleted',
        'Chat Requests',
        'Model',
      ]),
    ).toEqual({
      day: 'Date',
      email: 'E-mail',
      generations: 'Suggestions Shown',
      acceptances: 'Suggestions Accepted',
      linesAdded: 'Lines Added',
      linesDeleted: 'Lines Deleted',
      interactions: 'Chat Requests',
    });
  });

  it('maps the Copilot-style names', () => {
    expect(proposeMapping(['day', 'user_login', 'code_generation_activity_count', 'source', 'session count'])).toEqual({
      day: 'day',
      login: 'user_login',
      generations: 'code_generation_activity_count',
      tool: 'source',
      sessions: 'session count',
    });
  });

  it('gives a field to the header matching its most specific synonym, whatever the column order', () => {
    expect(proposeMapping(['User', 'Suggestions', 'GitHub Login', 'Suggestions Shown'])).toEqual({
      login: 'GitHub Login',
      generations: 'Suggestions Shown',
    });
    expect(proposeMapping(['Requests', 'Chat Requests', 'Activity Date', 'Date'])).toEqual({
      interactions: 'Chat Requests',
      day: 'Date',
    });
  });

  it('takes the leftmost of equally good headers and uses each header at most once', () => {
    const mapping = proposeMapping(['email', 'Email', 'login']);
    expect(mapping).toEqual({ email: 'email', login: 'login' });
    const used = Object.values(mapping);
    expect(new Set(used).size).toBe(used.length);
  });

  it('proposes nothing for unknown or blank headers', () => {
    expect(proposeMapping(['', '  ', 'Model', 'Kind'])).toEqual({});
  });
});
