import { badUserInput } from '../../graphql/errors';

const ACCEPTED_EXTENSION = /\.(csv|json|ndjson)$/i;

/** Only the three extensions devpulse reads (any case); checked before a byte of the file is read. */
export function assertAcceptedFileName(fileName: string): void {
  if (!ACCEPTED_EXTENSION.test(fileName)) {
    throw badUserInput(`"${fileName}" is not a .csv, .json or .ndjson file.`, { fileName });
  }
}
