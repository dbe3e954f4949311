import { detectFormat, type MetricsFormat } from '@devpulse/domain';
import { badUserInput } from '../../graphql/errors';

/** Enough text for every registry entry's `canParse` (a Copilot record is a few KB), little enough to peek cheaply. */
const SAMPLE_CHARS = 16 * 1024;

/**
 * Picks the file's format: the one the admin gave, else the registry's guess from the first chunk(s).
 * Returns the chunks to parse, the peeked ones first, so detection never reads the file twice.
 */
export async function resolveFormat(
  chunks: AsyncIterable<string>,
  fileName: string,
  given: MetricsFormat | null,
): Promise<{ format: MetricsFormat; chunks: AsyncIterable<string> }> {
  const iterator = chunks[Symbol.asyncIterator]();
  const peeked: string[] = [];
  let sampleLength = 0;
  while (sampleLength < SAMPLE_CHARS) {
    const next = await iterator.next();
    if (next.done) break;
    peeked.push(next.value);
    sampleLength += next.value.length;
  }
  const sample = peeked.join('').slice(0, SAMPLE_CHARS * 4);
  if (sample.trim() === '' && given === null) throw badUserInput(`"${fileName}" is empty.`);
  const format = given ?? detectFormat(sample, fileName);
  if (format === null) {
    throw badUserInput(
      `Could not recognise the format of "${fileName}"; pass \`format\` (COPILOT_NDJSON, CLAUDE_CODE_JSON or GENERIC_CSV).`,
    );
  }
  return { format, chunks: replay(peeked, iterator) };
}

async function* replay(peeked: readonly string[], rest: AsyncIterator<string>): AsyncGenerator<string> {
  yield* peeked;
  for (;;) {
    const next = await rest.next();
    if (next.done) return;
    yield next.value;
  }
}
