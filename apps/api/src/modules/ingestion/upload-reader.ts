import { createHash, type Hash } from 'node:crypto';
import type { Readable } from 'node:stream';

/** The upload went past the byte limit; the caller turns it into PAYLOAD_TOO_LARGE. */
export class UploadTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`The file is larger than the ${formatMegabytes(maxBytes)} limit.`);
  }
}

export function formatMegabytes(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}

/**
 * Reads an upload once, as UTF-8 text chunks for a parser, while counting bytes (refusing more than `maxBytes`)
 * and hashing them. The file is never held whole: each chunk is decoded, handed on and dropped.
 * `finish()` drains what a parser left unread, so `bytes` and `sha256` always describe the whole file.
 */
export class UploadReader {
  private readonly hash: Hash = createHash('sha256');
  private readonly decoder = new TextDecoder('utf-8');
  private readonly source: AsyncIterator<unknown>;
  private bytesRead = 0;
  private done = false;
  private digest: string | null = null;
  private truncatedByMiddleware = false;

  constructor(
    stream: Readable,
    private readonly maxBytes: number,
  ) {
    // graphql-upload-minimal (busboy) stops a file at its own maxFileSize and emits `limit`, then ends the stream
    // normally; without this flag a truncated file would look complete.
    stream.once('limit', () => {
      this.truncatedByMiddleware = true;
    });
    // A manual iterator (not for-await) so a parser that stops early does not destroy the stream before finish().
    this.source = stream[Symbol.asyncIterator]();
  }

  get bytes(): number {
    return this.bytesRead;
  }

  /** Hex SHA-256 of the whole file; available after `finish()`. */
  get sha256(): string | null {
    return this.digest;
  }

  /** Decoded text, chunk by chunk. A UTF-8 BOM is dropped; invalid bytes become U+FFFD and surface as row errors. */
  async *chunks(): AsyncGenerator<string> {
    for (;;) {
      const text = await this.next();
      if (text === null) return;
      if (text !== '') yield text;
    }
  }

  /** Reads whatever is left; throws UploadTooLargeError if the whole file is over the limit. */
  async finish(): Promise<{ bytes: number; sha256: string }> {
    while ((await this.next()) !== null) {
      // Only counting and hashing the rest.
    }
    return { bytes: this.bytesRead, sha256: this.digest ?? '' };
  }

  private async next(): Promise<string | null> {
    if (this.done) return null;
    const result = await this.source.next();
    if (result.done) {
      this.done = true;
      if (this.truncatedByMiddleware) throw new UploadTooLargeError(this.maxBytes);
      this.digest = this.hash.digest('hex');
      return this.decoder.decode();
    }
    const chunk = toBuffer(result.value);
    this.bytesRead += chunk.length;
    if (this.bytesRead > this.maxBytes || this.truncatedByMiddleware) {
      this.done = true;
      await this.source.return?.();
      throw new UploadTooLargeError(this.maxBytes);
    }
    this.hash.update(chunk);
    return this.decoder.decode(chunk, { stream: true });
  }
}

function toBuffer(value: unknown): Buffer {
  if (Buffer.isBuffer(value)) return value;
  if (typeof value === 'string') return Buffer.from(value, 'utf8');
  if (value instanceof Uint8Array) return Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  throw new TypeError('upload stream yielded something other than bytes');
}
