// Barrel for lib/csv: the streaming CSV reader, the generic CSV format and the identities upload.
export {
  type CsvDelimiter,
  type CsvEntry,
  type CsvRecord,
  type CsvRecordError,
  isCsvRecordError,
} from './csv-record-reader';
export { type CsvTokenizeOptions, CsvTokenizer, tokenizeCsv, tokenizeCsvText } from './csv-tokenizer';
export { type CsvDateResult, parseCsvDate } from './csv-date';
export { type ColumnMappingField, HEADER_SYNONYMS, normalizeHeader } from './header-synonyms';
export { proposeMapping } from './propose-mapping';
export { genericCsvParser } from './generic-csv.parser';
export {
  type IdentityCsvEntry,
  type IdentityCsvError,
  type IdentityCsvRow,
  isIdentityCsvError,
  parseIdentitiesCsv,
} from './identities-csv';
