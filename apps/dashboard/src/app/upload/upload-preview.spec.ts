import { sortRuns, IngestionRun } from './ingestion-history';
import { MAPPING_FIELDS } from './upload-labels';
import { remapColumn } from './upload-preview';

describe('remapColumn', () => {
  it('sends every field, changing only the one the admin pointed elsewhere', () => {
    const next = remapColumn(
      { day: 'Date', email: null, login: 'User' } as Parameters<typeof remapColumn>[0],
      'email',
      'Mail',
    );
    expect(Object.keys(next).sort()).toEqual(MAPPING_FIELDS.map((f) => f.field).sort());
    expect(next).toMatchObject({ day: 'Date', email: 'Mail', login: 'User', tool: null, sessions: null });
  });

  it('clears a field set to "not in the file", also without a proposed mapping', () => {
    expect(remapColumn(null, 'day', '')['day']).toBeNull();
    expect(remapColumn(null, 'day', 'When')['day']).toBe('When');
  });
});

describe('sortRuns', () => {
  it('puts the newest run first and keeps every run', () => {
    const run = (id: string, createdAt: string) => ({ id, createdAt }) as IngestionRun;
    const runs = [
      run('a', '2026-11-01T09:00:00.000Z'),
      run('b', '2026-11-03T09:00:00.000Z'),
      run('c', '2026-11-02T09:00:00.000Z'),
    ];
    expect(sortRuns(runs).map((r) => r.id)).toEqual(['b', 'c', 'a']);
    expect(runs.map((r) => r.id)).toEqual(['a', 'b', 'c']);
  });
});
