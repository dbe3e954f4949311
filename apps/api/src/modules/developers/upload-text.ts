import type { FileUpload } from 'graphql-upload-minimal';
import { appError, badUserInput } from '../../graphql/errors';

/**
 * The text of an uploaded CSV as a stream of decoded chunks, never the whole file in memory. UTF-8 sequences split
 * across chunks are decoded whole and a leading BOM is dropped (TextDecoder). The upload middleware's size limit
 * surfaces as PAYLOAD_TOO_LARGE while streaming.
 */
export async function openCsvUpload(upload: Promise<FileUpload>): Promise<AsyncIterable<string>> {
  const file = await upload;
  if (!/\.csv$/i.test(file.filename)) throw badUserInput(`Expected a .csv file, got "${file.filename}".`);
  return decodeUtf8(file.createReadStream());
}

async function* decodeUtf8(stream: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  try {
    for await (const chunk of stream) {
      const text = decoder.decode(chunk, { stream: true });
      if (text !== '') yield text;
    }
  } catch (error) {
    if (isPayloadTooLarge(error)) throw appError('PAYLOAD_TOO_LARGE', 'The file is larger than the upload limit.');
    throw error;
  }
  const tail = decoder.decode();
  if (tail !== '') yield tail;
}

/** graphql-upload-minimal fails the file stream with an HttpError of status 413 once the limit is passed. */
function isPayloadTooLarge(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'status' in error && error.status === 413;
}
