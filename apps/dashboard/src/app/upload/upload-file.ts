/** The server's default limit (MAX_UPLOAD_MB=50); checked here too so a large file is refused before it is sent. */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

export const ACCEPTED_EXTENSIONS = ['.csv', '.json', '.ndjson'] as const;

/** For the file input's `accept`. */
export const ACCEPT_ATTRIBUTE = ACCEPTED_EXTENSIONS.join(',');

/** Why the file cannot be uploaded, or null when it can. */
export function refuseUploadFile(file: File, extensions: readonly string[] = ACCEPTED_EXTENSIONS): string | null {
  const name = file.name.toLowerCase();
  if (!extensions.some((extension) => name.endsWith(extension))) {
    return `“${file.name}” is not a ${listExtensions(extensions)} file.`;
  }
  if (file.size > MAX_UPLOAD_BYTES) {
    return `“${file.name}” is ${formatBytes(file.size)}; files can be at most ${formatBytes(MAX_UPLOAD_BYTES)}. Split it into smaller files (for example one per month).`;
  }
  if (file.size === 0) return `“${file.name}” is empty.`;
  return null;
}

/** 1 KB = 1024 bytes, as the limit is defined. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value >= 10 || Number.isInteger(value) ? Math.round(value) : value.toFixed(1)} ${units[unit]}`;
}

function listExtensions(extensions: readonly string[]): string {
  if (extensions.length === 1) return extensions[0] ?? '';
  return `${extensions.slice(0, -1).join(', ')} or ${extensions[extensions.length - 1]}`;
}
