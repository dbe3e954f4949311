import { titleCaseKey } from './label-fallback';

/** Human labels for Copilot `ide` keys (`totals_by_ide[].ide`). */
export const IDE_LABELS: Readonly<Record<string, string>> = {
  vscode: 'VS Code',
  jetbrains: 'JetBrains',
  visualstudio: 'Visual Studio',
  neovim: 'Neovim',
  vim: 'Vim',
  xcode: 'Xcode',
  eclipse: 'Eclipse',
  intellij: 'IntelliJ IDEA',
  copilot_cli: 'Copilot CLI',
};

export function ideLabel(key: string): string {
  return IDE_LABELS[key.trim().toLowerCase()] ?? titleCaseKey(key);
}
