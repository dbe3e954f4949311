import { formatBytes, MAX_UPLOAD_BYTES, refuseUploadFile } from './upload-file';

function fileOfSize(name: string, size: number): File {
  const file = new File(['x'], name);
  Object.defineProperty(file, 'size', { value: size });
  return file;
}

describe('refuseUploadFile', () => {
  it('accepts .csv, .json and .ndjson in any case up to 50 MB', () => {
    for (const name of ['usage.csv', 'report.JSON', 'copilot.NdJson']) {
      expect(refuseUploadFile(fileOfSize(name, 1024))).toBeNull();
    }
    expect(refuseUploadFile(fileOfSize('usage.csv', MAX_UPLOAD_BYTES))).toBeNull();
  });

  it('refuses other extensions, naming the accepted ones', () => {
    expect(refuseUploadFile(fileOfSize('usage.xlsx', 10))).toBe('“usage.xlsx” is not a .csv, .json or .ndjson file.');
    expect(refuseUploadFile(fileOfSize('people.json', 10), ['.csv'])).toBe('“people.json” is not a .csv file.');
  });

  it('refuses files over 50 MB and empty files', () => {
    expect(refuseUploadFile(fileOfSize('big.ndjson', MAX_UPLOAD_BYTES + 1))).toContain('files can be at most 50 MB');
    expect(refuseUploadFile(fileOfSize('empty.csv', 0))).toBe('“empty.csv” is empty.');
  });
});

describe('formatBytes', () => {
  it('uses binary units with one decimal below ten', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(MAX_UPLOAD_BYTES)).toBe('50 MB');
    expect(formatBytes(51 * 1024 * 1024 + 300_000)).toBe('51 MB');
  });
});
