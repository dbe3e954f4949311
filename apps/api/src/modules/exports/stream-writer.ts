import { once } from 'node:events';
import type { Writable } from 'node:stream';

/** Writes one chunk and waits for `drain` when the stream's buffer is full: memory stays flat however big the export. */
export async function writeWithBackpressure(stream: Writable, chunk: unknown): Promise<void> {
  if (!stream.write(chunk)) await once(stream, 'drain');
}
