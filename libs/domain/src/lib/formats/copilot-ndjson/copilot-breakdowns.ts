import { BreakdownAccumulator } from '../breakdown-accumulator';
import type { FieldReader } from '../json/field-reader';
import { type JsonObject, isJsonObject } from '../json/json-object';
import type { BreakdownCounters, BreakdownRow } from '../../usage/usage-row';
import { COPILOT_ACTIVITY_FIELDS, COPILOT_BREAKDOWN_SOURCES } from './copilot-fields';

/** The seven activity counters of a record or of one breakdown entry (absent counters are 0). */
export function readActivityCounters(source: JsonObject, reader: FieldReader, pathPrefix: string): BreakdownCounters {
  const fields = COPILOT_ACTIVITY_FIELDS;
  return {
    generations: reader.count(source[fields.generations], fields.generations, pathPrefix),
    acceptances: reader.count(source[fields.acceptances], fields.acceptances, pathPrefix),
    interactions: reader.count(source[fields.interactions], fields.interactions, pathPrefix),
    locSuggestedAdd: reader.count(source[fields.locSuggestedAdd], fields.locSuggestedAdd, pathPrefix),
    locSuggestedDelete: reader.count(source[fields.locSuggestedDelete], fields.locSuggestedDelete, pathPrefix),
    linesAdded: reader.count(source[fields.linesAdded], fields.linesAdded, pathPrefix),
    linesDeleted: reader.count(source[fields.linesDeleted], fields.linesDeleted, pathPrefix),
  };
}

/** All `totals_by_*` breakdowns of one record, one row per normalized key (duplicates summed). */
export function readCopilotBreakdowns(record: JsonObject, reader: FieldReader): BreakdownRow[] {
  const accumulator = new BreakdownAccumulator();
  for (const source of COPILOT_BREAKDOWN_SOURCES) {
    const entries = reader.array(record[source.field], source.field);
    for (let index = 0; index < entries.length; index++) {
      const entry = entries[index];
      const prefix = `${source.field}[${index}].`;
      if (!isJsonObject(entry)) {
        reader.fail(`${prefix.slice(0, -1)} is not an object`);
        continue;
      }
      const rawKey = reader.name(entry[source.key.field], source.key.field, prefix);
      const rawKey2 = source.key2 ? reader.name(entry[source.key2.field], source.key2.field, prefix) : '';
      accumulator.add({
        dimension: source.dimension,
        key: source.key.normalize(rawKey),
        key2: source.key2 ? source.key2.normalize(rawKey2) : '',
        rawKey,
        rawKey2,
        counters: readActivityCounters(entry, reader, prefix),
      });
    }
  }
  return accumulator.rows();
}
