/** Test helpers: feed text as a stream of chunks and collect what a parser yields. */

/** Streams the given chunks as they are, so tests control every boundary. */
export async function* streamOf(chunks: readonly string[]): AsyncGenerator<string> {
  for (const chunk of chunks) yield chunk;
}

/** Cuts `text` at the given offsets (any order, out-of-range ignored); the pieces join back to `text`. */
export function cutAt(text: string, offsets: readonly number[]): string[] {
  const cuts = [...new Set(offsets.filter((offset) => offset > 0 && offset < text.length))].sort((a, b) => a - b);
  const pieces: string[] = [];
  let start = 0;
  for (const cut of cuts) {
    pieces.push(text.slice(start, cut));
    start = cut;
  }
  pieces.push(text.slice(start));
  return pieces;
}

/** Fixed-size pieces, e.g. size 1 puts a boundary between every two characters (CR|LF, "|", BOM|text). */
export function piecesOf(text: string, size: number): string[] {
  const pieces: string[] = [];
  for (let start = 0; start < text.length; start += size) pieces.push(text.slice(start, start + size));
  return pieces;
}

export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}
