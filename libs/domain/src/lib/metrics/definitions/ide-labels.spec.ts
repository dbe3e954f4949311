import { ideLabel } from './ide-labels';

describe('ideLabel', () => {
  it.each([
    ['vscode', 'VS Code'],
    ['jetbrains', 'JetBrains'],
    ['visualstudio', 'Visual Studio'],
    ['neovim', 'Neovim'],
    ['vim', 'Vim'],
    ['xcode', 'Xcode'],
    ['eclipse', 'Eclipse'],
    ['VSCode', 'VS Code'],
  ])('%s → %s', (key, label) => {
    expect(ideLabel(key)).toBe(label);
  });

  it('title-cases an unknown IDE', () => {
    expect(ideLabel('sublime_text')).toBe('Sublime Text');
  });
});
