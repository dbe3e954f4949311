/** Record fields devpulse reads from a Claude Code usage report record. */
const READ_FIELDS = ['date', 'actor', 'core_metrics', 'tool_actions', 'model_breakdown'];

/**
 * Documented fields deliberately not imported: the organization is the upload's, billing plan fields do not
 * change usage, and `terminal_type` only explains why one actor has several records per day (they are summed).
 */
const DOCUMENTED_BUT_IGNORED = ['organization_id', 'customer_type', 'subscription_type', 'terminal_type'];

export const CLAUDE_CODE_KNOWN_FIELDS: ReadonlySet<string> = new Set([...READ_FIELDS, ...DOCUMENTED_BUT_IGNORED]);
