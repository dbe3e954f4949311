import { BreakdownAccumulator } from '../breakdown-accumulator';
import type { FieldReader } from '../json/field-reader';
import { type JsonObject, isJsonObject } from '../json/json-object';
import {
  BREAKDOWN_COUNTER_FIELDS,
  type BreakdownCounters,
  type BreakdownRow,
  emptyBreakdownCounters,
} from '../../usage/usage-row';
import { COPILOT_ACTIVITY_FIELDS, COPILOT_BREAKDOWN_SOURCES } from './copilot-fields';

/** The seven activity counters of a record or of one breakdown entry (absent counters are 0). */
export function readActivityCounters(source: JsonObject, reader: FieldReader, pathPrefix: string): BreakdownCounters {
  const counters = emptyBreakdownCounters();
  for (const field of BREAKDOWN_COUNTER_FIELDS) {
    const name = COPILOT_ACTIVITY_FIELDS[field];
    counters[field] = reader.count(source[name], `${pathPrefix}${name}`);
  }
  return counters;
}

/** All `totals_by_*` breakdowns of one record, one row per normalized key (duplicates summed). */
export function readCopilotBreakdowns(record: JsonObject, reader: FieldReader): BreakdownRow[] {
  const accumulator = new BreakdownAccumulator();
  for (const source of COPILOT_BREAKDOWN_SOURCES) {
    reader.array(record[source.field], source.field).forEach((entry, index) => {
      const path = `${source.field}[${index}]`;
      if (!isJsonObject(entry)) return reader.fail(`${path} is not an object`);
      const rawKey = reader.name(entry[source.key.field], `${path}.${source.key.field}`);
      const rawKey2 = source.key2 ? reader.name(entry[source.key2.field], `${path}.${source.key2.field}`) : '';
      accumulator.add({
        dimension: source.dimension,
        key: source.key.normalize(rawKey),
        key2: source.key2 ? source.key2.normalize(rawKey2) : '',
        rawKey,
        rawKey2,
        counters: readActivityCounters(entry, reader, `${path}.`),
      });
    });
  }
  return accumulator.rows();
}
