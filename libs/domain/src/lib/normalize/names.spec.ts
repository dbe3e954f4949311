import { normalizeFeature, normalizeIde, normalizeLanguage, normalizeModel } from './names';

describe('normalizeLanguage', () => {
  it.each([
    ['c#', 'csharp'],
    ['csharp', 'csharp'],
    ['C#', 'csharp'],
    ['ts', 'typescript'],
    ['typescript', 'typescript'],
    ['typescriptreact', 'typescript'],
    ['tsx', 'typescript'],
    ['js', 'javascript'],
    ['javascriptreact', 'javascript'],
    ['shell', 'shell'],
    ['shellscript', 'shell'],
    ['bash', 'shell'],
    ['sh', 'shell'],
    ['pwsh', 'powershell'],
    ['py', 'python'],
    ['  Python ', 'python'],
    ['golang', 'go'],
    ['yml', 'yaml'],
    ['jsonc', 'json'],
    ['text', 'plaintext'],
    ['others', 'others'],
    ['unknown', 'unknown'],
    ['', 'unknown'],
    ['   ', 'unknown'],
    ['github-actions-workflow', 'github-actions-workflow'],
    ['Bicep', 'bicep'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeLanguage(input)).toBe(expected);
  });
});

describe('normalizeModel', () => {
  it.each([
    ['claude-4.5-sonnet', 'claude-sonnet-4.5'],
    ['claude-sonnet-4.5', 'claude-sonnet-4.5'],
    ['Claude-Sonnet-4.5', 'claude-sonnet-4.5'],
    ['claude-sonnet-4-5', 'claude-sonnet-4.5'],
    ['claude-sonnet-4-5-20250929', 'claude-sonnet-4.5'],
    ['claude-4.5-haiku', 'claude-haiku-4.5'],
    ['claude-haiku-4.5', 'claude-haiku-4.5'],
    ['claude-4.6-sonnet', 'claude-sonnet-4.6'],
    ['claude-sonnet-4-20250514', 'claude-sonnet-4'],
    ['claude-3-5-haiku-20241022', 'claude-haiku-3.5'],
    ['claude-3-7-sonnet@20250219', 'claude-sonnet-3.7'],
    ['claude-opus-4-1', 'claude-opus-4.1'],
    ['claude-opus-4.6-1m', 'claude-opus-4.6-1m'],
    ['gpt-5.3-codex', 'gpt-5.3-codex'],
    ['GPT-4.1', 'gpt-4.1'],
    ['gemini-3.0-pro', 'gemini-3.0-pro'],
    ['auto', 'auto'],
    ['Some Model', 'some-model'],
    ['', 'unknown'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeModel(input)).toBe(expected);
  });

  it('is idempotent on every canonical form it produces', () => {
    for (const name of ['claude-4.5-sonnet', 'claude-3-5-haiku-20241022', 'claude-opus-4.6-1m', 'GPT-5 mini']) {
      const once = normalizeModel(name);
      expect(normalizeModel(once)).toBe(once);
    }
  });
});

describe('normalizeIde', () => {
  it.each([
    ['vscode', 'vscode'],
    ['VS Code', 'vscode'],
    ['vs-code', 'vscode'],
    ['Visual Studio Code', 'vscode'],
    ['JetBrains', 'jetbrains'],
    ['jetbrains', 'jetbrains'],
    ['visualstudio', 'visualstudio'],
    ['Visual Studio', 'visualstudio'],
    ['nvim', 'neovim'],
    ['Xcode', 'xcode'],
    ['Sublime  Text', 'sublime text'],
    ['', 'unknown'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeIde(input)).toBe(expected);
  });
});

describe('normalizeFeature', () => {
  it.each([
    ['code_completion', 'code_completion'],
    ['Chat_Panel_Agent_Mode', 'chat_panel_agent_mode'],
    ['chat panel', 'chat_panel'],
    ['agent-edit', 'agent_edit'],
    [' copilot_cli ', 'copilot_cli'],
    ['', 'unknown'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeFeature(input)).toBe(expected);
  });
});
