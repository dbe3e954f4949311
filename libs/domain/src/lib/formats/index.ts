// Public surface of lib/formats: the registry, the JSON parsers, the streaming JSON splitter, and name normalization.
export { FORMAT_PARSERS, detectFormat, parserFor } from './registry';
export { type FormatRegistry, createFormatRegistry } from './format-registry';
export { copilotNdjsonParser } from './copilot-ndjson/copilot-ndjson.parser';
export { claudeCodeJsonParser } from './claude-code-json/claude-code-json.parser';
export {
  DEFAULT_ARRAY_KEYS,
  DEFAULT_MAX_VALUE_LENGTH,
  type JsonStreamItem,
  type JsonStreamOptions,
  JsonValueSplitter,
  streamJsonValues,
} from './json/json-value-stream';
export { type BreakdownCell, BreakdownAccumulator } from './breakdown-accumulator';
export { UNKNOWN_NAME, normalizeFeature, normalizeIde, normalizeLanguage, normalizeModel } from '../normalize/names';
