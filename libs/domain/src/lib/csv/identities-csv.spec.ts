import fc from 'fast-check';
import { tokenizeCsvText } from './csv-tokenizer';
import { type IdentityCsvEntry, isIdentityCsvError, parseIdentitiesCsv } from './identities-csv';
import { collect, cutAt, piecesOf, streamOf } from './testing/text-streams';

async function parse(text: string): Promise<IdentityCsvEntry[]> {
  const whole = await collect(parseIdentitiesCsv(streamOf([text])));
  expect(await collect(parseIdentitiesCsv(streamOf(piecesOf(text, 1))))).toEqual(whole);
  return whole;
}

describe('parseIdentitiesCsv', () => {
  it('reads github_login,email,name,team with normalized login and email', async () => {
    const text =
      'github_login,email,name,team\n@Alice,Alice@Example.com,Alice A.,Platform\nbob,,,\n,carol@example.com,"Carol, C.",\n';
    expect(await parse(text)).toEqual([
      { line: 2, login: 'alice', email: 'alice@example.com', name: 'Alice A.', team: 'Platform' },
      { line: 3, login: 'bob', email: null, name: null, team: null },
      { line: 4, login: null, email: 'carol@example.com', name: 'Carol, C.', team: null },
    ]);
  });

  it('finds columns by name in any order and case, with ";" and a BOM', async () => {
    const text = '\uFEFFTeam;EMAIL;GitHub_Login\r\nWeb;dan@example.com;Dan\r\n';
    expect(await parse(text)).toEqual([{ line: 2, login: 'dan', email: 'dan@example.com', name: null, team: 'Web' }]);
  });

  it('reports rows without login and email, bad emails and wrong field counts on their lines', async () => {
    const text =
      'github_login,email,name\n,,Nobody\nerin,erin-at-example,Erin\n"multi\nline",x@y.io\nfrank,frank@example.com,Frank\n';
    expect(await parse(text)).toEqual([
      { line: 2, error: 'neither a github_login nor an email' },
      { line: 3, error: '"erin-at-example" is not a valid email' },
      { line: 4, error: 'expected 3 fields (as in the header) but found 2' },
      { line: 6, login: 'frank', email: 'frank@example.com', name: 'Frank', team: null },
    ]);
  });

  it('rejects a header with neither a login nor an email column, and an empty file', async () => {
    expect(await parse('name,team\nA,B\n')).toEqual([
      { line: 1, error: 'the header needs a github_login or an email column' },
    ]);
    expect(await parse('')).toEqual([
      { line: 1, error: 'the file is empty: expected the header github_login,email[,name][,team]' },
    ]);
  });

  it('reports an unterminated quote', async () => {
    expect(await parse('github_login,email\na,"b\n')).toEqual([
      { line: 2, error: 'unterminated quoted field: the quote opened on line 2 is never closed' },
    ]);
  });

  it('never throws, and gives every data record one entry', async () => {
    const cell = fc.constantFrom('alice', '@Bob', 'a@b.io', 'bad@', '', ' ', '"x,y"', '"two\nlines"');
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { maxLength: 10 }),
        fc.array(fc.nat(300), { maxLength: 6 }),
        async (rows, cuts) => {
          const text = ['github_login,email,team', ...rows.map((cells) => cells.join(','))].join('\n');
          const entries = await collect(parseIdentitiesCsv(streamOf(cutAt(text, cuts))));
          const dataRecords = tokenizeCsvText(text).slice(1);
          expect(entries.map((entry) => entry.line)).toEqual(dataRecords.map((record) => record.line));
          for (const entry of entries) {
            if (!isIdentityCsvError(entry)) expect(entry.login !== null || entry.email !== null).toBe(true);
          }
        },
      ),
    );
  });
});
