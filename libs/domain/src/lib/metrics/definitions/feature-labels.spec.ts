import { featureLabel } from './feature-labels';

describe('featureLabel', () => {
  it.each([
    ['code_completion', 'Code Completion'],
    ['chat_panel_agent_mode', 'Chat · Agent'],
    ['chat_panel_ask_mode', 'Chat · Ask'],
    ['chat_panel_edit_mode', 'Chat · Edit'],
    ['chat_panel_plan_mode', 'Chat · Plan'],
    ['chat_panel_custom_mode', 'Chat · Custom'],
    ['chat_panel_unknown_mode', 'Chat · Unknown mode'],
    ['chat_inline', 'Inline Chat'],
    ['agent_edit', 'Edit Mode'],
    ['copilot_cli', 'Copilot CLI'],
  ])('%s → %s', (key, label) => {
    expect(featureLabel(key)).toBe(label);
  });

  it('ignores case and surrounding spaces of known keys', () => {
    expect(featureLabel(' Code_Completion ')).toBe('Code Completion');
  });

  it('groups a new chat mode with the others', () => {
    expect(featureLabel('chat_panel_review_mode')).toBe('Chat · Review');
  });

  it('title-cases other unknown keys', () => {
    expect(featureLabel('code_review')).toBe('Code Review');
    expect(featureLabel('next-edit-suggestions')).toBe('Next Edit Suggestions');
  });

  it('calls an empty key Unknown', () => {
    expect(featureLabel('')).toBe('Unknown');
  });
});
