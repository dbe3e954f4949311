import { extractFiles } from './extract-files';

describe('extractFiles', () => {
  it('replaces every file with null and records where it was', () => {
    const a = new File(['a'], 'a.csv');
    const b = new Blob(['b']);
    const { clone, files } = extractFiles({
      query: 'mutation',
      variables: { file: a, input: { files: [b, a], note: 'keep' } },
    });

    expect(clone).toEqual({
      query: 'mutation',
      variables: { file: null, input: { files: [null, null], note: 'keep' } },
    });
    expect(files.get(a)).toEqual(['variables.file', 'variables.input.files.1']);
    expect(files.get(b)).toEqual(['variables.input.files.0']);
  });

  it('finds nothing in a plain body and leaves it equal', () => {
    const body = { query: 'query', variables: { id: '1', when: null, tags: ['x'] } };
    const { clone, files } = extractFiles(body);
    expect(files.size).toBe(0);
    expect(clone).toEqual(body);
  });
});
