import { downloadCsv, formatCsvCell, neutralizeCell, safeFileName, toCsv } from './csv';

// jsdom's Blob has no text() or arrayBuffer(); FileReader reads it.
function readBytes(blob: Blob | undefined): Promise<number[]> {
  return new Promise((resolve, reject) => {
    if (blob === undefined) return reject(new Error('no blob'));
    const reader = new FileReader();
    reader.onload = () => resolve([...new Uint8Array(reader.result as ArrayBuffer)]);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

describe('csv', () => {
  it.each([
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['octocat', 'octocat'],
    ['a=b', 'a=b'],
    ['', ''],
  ])('neutralizes %j as %j', (input, expected) => {
    expect(neutralizeCell(input)).toBe(expected);
  });

  it('keeps numbers as numbers, negative ones included, and leaves null and non-finite numbers empty', () => {
    expect(formatCsvCell(-5)).toBe('-5');
    expect(formatCsvCell(0.6999)).toBe('0.6999');
    expect(formatCsvCell(12345)).toBe('12345');
    expect(formatCsvCell(null)).toBe('');
    expect(formatCsvCell(Number.NaN)).toBe('');
  });

  it('quotes cells with commas, quotes or line breaks, doubling inner quotes', () => {
    expect(formatCsvCell('Doe, Jane')).toBe('"Doe, Jane"');
    expect(formatCsvCell('say "hi"')).toBe('"say ""hi"""');
    expect(formatCsvCell('two\nlines')).toBe('"two\nlines"');
    // Neutralized first, then quoted: the apostrophe ends up inside the quotes.
    expect(formatCsvCell('=1,2')).toBe('"\'=1,2"');
  });

  it('writes the header then each row, CRLF-terminated', () => {
    const text = toCsv({
      header: ['Developer', 'Generations', 'Acceptance rate'],
      rows: [
        ['octocat', 120, 0.75],
        ['-rm', 10, null],
      ],
    });
    expect(text).toBe("Developer,Generations,Acceptance rate\r\noctocat,120,0.75\r\n'-rm,10,\r\n");
  });

  it('makes file names safe', () => {
    expect(safeFileName('activity over time/2026')).toBe('activity-over-time-2026');
    expect(safeFileName('  ..  ')).toBe('chart');
    expect(safeFileName('model-share_2026-11-01_2026-11-28')).toBe('model-share_2026-11-01_2026-11-28');
  });

  it('downloads through a temporary link with a BOM-prefixed CSV blob', async () => {
    jest.useFakeTimers();
    const blobs: Blob[] = [];
    const createObjectURL = jest.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:chart';
    });
    const revokeObjectURL = jest.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const clicked: string[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(`${this.download} ${this.href}`);
    });

    downloadCsv({ header: ['a'], rows: [[1]] }, 'my chart');

    expect(clicked).toEqual(['my-chart.csv blob:chart']);
    expect(document.querySelector('a[download]')).toBeNull();
    const bytes = await readBytes(blobs[0]);
    expect(blobs[0]?.type).toBe('text/csv;charset=utf-8');
    // UTF-8 BOM (EF BB BF), then "a\r\n1\r\n".
    expect(bytes).toEqual([0xef, 0xbb, 0xbf, 0x61, 0x0d, 0x0a, 0x31, 0x0d, 0x0a]);
    expect(revokeObjectURL).not.toHaveBeenCalled();
    jest.runAllTimers();
    expect(revokeObjectURL).toHaveBeenCalledWith('blob:chart');
    click.mockRestore();
    jest.useRealTimers();
  });
});
