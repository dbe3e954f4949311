/**
 * Canonical names for breakdown keys (language, model, IDE, feature), so that spellings the tools mix
 * (`c#` / `csharp`, `claude-4.5-sonnet` / `claude-sonnet-4.5`, `VS Code` / `vscode`) land in one bucket.
 * Every function lower-cases and trims; an empty name becomes `unknown`.
 */

export const UNKNOWN_NAME = 'unknown';

/** Builds an alias → canonical lookup from `canonical: [aliases]` groups (the canonical name is its own alias). */
function aliasTable(groups: Readonly<Record<string, readonly string[]>>): ReadonlyMap<string, string> {
  const table = new Map<string, string>();
  for (const [canonical, aliases] of Object.entries(groups)) {
    table.set(canonical, canonical);
    for (const alias of aliases) table.set(alias, canonical);
  }
  return table;
}

function baseName(input: string): string {
  return input.trim().toLowerCase().replace(/\s+/g, ' ');
}

/**
 * Languages: VS Code language ids and file extensions fold into one name per language.
 * React flavours (`typescriptreact`/`tsx`, `javascriptreact`/`jsx`) fold into their language because adoption is
 * compared per language; a separate TSX bucket would split TypeScript teams in two.
 * `others` (Copilot's long-tail bucket) and `unknown` (not determined) stay distinct: they mean different things.
 */
const LANGUAGE_ALIASES = aliasTable({
  csharp: ['c#', 'cs'],
  fsharp: ['f#', 'fs'],
  cpp: ['c++', 'cxx', 'cc'],
  typescript: ['ts', 'typescriptreact', 'tsx', 'mts', 'cts'],
  javascript: ['js', 'javascriptreact', 'jsx', 'mjs', 'cjs'],
  shell: ['shellscript', 'bash', 'sh', 'zsh'],
  powershell: ['pwsh', 'ps1'],
  bat: ['cmd', 'batch'],
  python: ['py'],
  go: ['golang'],
  ruby: ['rb'],
  rust: ['rs'],
  kotlin: ['kt'],
  markdown: ['md'],
  yaml: ['yml'],
  json: ['jsonc'],
  plaintext: ['text', 'txt'],
  'objective-c': ['objc', 'objectivec'],
  dockerfile: ['docker'],
  others: ['other'],
});

export function normalizeLanguage(input: string): string {
  const name = baseName(input);
  if (name === '') return UNKNOWN_NAME;
  return LANGUAGE_ALIASES.get(name) ?? name;
}

/** A dated snapshot suffix (`-20250514`, Vertex `@20250514`): snapshots of one model count as that model. */
const DATE_SUFFIX = /[-@]\d{8}$/;
/** `claude-4.5-sonnet`, `claude-3-5-haiku`: version before the family (Copilot's and Anthropic's older spelling). */
const CLAUDE_VERSION_FIRST = /^claude-(\d+)(?:[.-](\d{1,2}))?-(sonnet|opus|haiku)(-.+)?$/;
/** `claude-sonnet-4-5`, `claude-sonnet-4.5`: family first, minor separated by `-` or `.`. */
const CLAUDE_FAMILY_FIRST = /^claude-(sonnet|opus|haiku)-(\d+)(?:[.-](\d{1,2}))?(-.+)?$/;

function claudeName(family: string, major: string, minor: string | undefined, rest: string | undefined): string {
  return `claude-${family}-${major}${minor === undefined ? '' : `.${minor}`}${rest ?? ''}`;
}

/**
 * Models: canonical Claude form is `claude-<family>-<major>[.<minor>][-variant]` (e.g. `claude-sonnet-4.5`,
 * `claude-opus-4.6-1m`). Date suffixes are stripped so `claude-sonnet-4-20250514` is `claude-sonnet-4`.
 * Other vendors' names are only lower-cased and trimmed (spaces become `-`).
 */
export function normalizeModel(input: string): string {
  const name = baseName(input).replace(/ /g, '-').replace(DATE_SUFFIX, '');
  if (name === '') return UNKNOWN_NAME;
  const versionFirst = CLAUDE_VERSION_FIRST.exec(name);
  if (versionFirst) {
    const [, major = '', minor, family = '', rest] = versionFirst;
    return claudeName(family, major, minor, rest);
  }
  const familyFirst = CLAUDE_FAMILY_FIRST.exec(name);
  if (familyFirst) {
    const [, family = '', major = '', minor, rest] = familyFirst;
    return claudeName(family, major, minor, rest);
  }
  return name;
}

/** IDEs are matched on their letters only (`VS Code`, `vs-code`, `Visual Studio Code` are one editor). */
const IDE_ALIASES = aliasTable({
  vscode: ['visualstudiocode', 'code'],
  visualstudio: ['vs'],
  jetbrains: ['intellij', 'intellijidea'],
  neovim: ['nvim'],
  vim: [],
  xcode: [],
  eclipse: [],
});

export function normalizeIde(input: string): string {
  const name = baseName(input);
  if (name === '') return UNKNOWN_NAME;
  return IDE_ALIASES.get(name.replace(/[^a-z0-9]/g, '')) ?? name;
}

/** Features are snake_case identifiers in Copilot files; spaces and hyphens become `_` so hand-made CSVs match. */
export function normalizeFeature(input: string): string {
  const name = baseName(input).replace(/[\s-]+/g, '_');
  return name === '' ? UNKNOWN_NAME : name;
}
