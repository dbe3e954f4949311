import { titleCaseKey } from './label-fallback';

/** Human labels for Copilot `feature` keys, as the dashboard shows them. */
export const FEATURE_LABELS: Readonly<Record<string, string>> = {
  code_completion: 'Code Completion',
  chat_panel_agent_mode: 'Chat · Agent',
  chat_panel_ask_mode: 'Chat · Ask',
  chat_panel_edit_mode: 'Chat · Edit',
  chat_panel_plan_mode: 'Chat · Plan',
  chat_panel_custom_mode: 'Chat · Custom',
  chat_panel_unknown_mode: 'Chat · Unknown mode',
  chat_inline: 'Inline Chat',
  agent_edit: 'Edit Mode',
  copilot_cli: 'Copilot CLI',
};

// New chat modes appear in exports before anyone adds them here; keep them grouped with the other chat modes.
const CHAT_PANEL_MODE = /^chat_panel_(.+)_mode$/;

export function featureLabel(key: string): string {
  const normalized = key.trim().toLowerCase();
  const known = FEATURE_LABELS[normalized];
  if (known !== undefined) return known;
  const chatMode = CHAT_PANEL_MODE.exec(normalized);
  if (chatMode?.[1] !== undefined) return `Chat · ${titleCaseKey(chatMode[1])}`;
  return titleCaseKey(key);
}
