/** `some_new_key` → `Some New Key`: a readable label for keys no label table knows yet. */
export function titleCaseKey(key: string): string {
  const words = key
    .trim()
    .split(/[\s_-]+/)
    .filter((word) => word.length > 0);
  if (words.length === 0) return 'Unknown';
  return words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join(' ');
}
