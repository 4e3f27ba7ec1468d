import { readHealthSigns } from './healthSigns.ts';
import { triageSigns } from './triageSigns.ts';

export interface RedFlags {
  /** Tell the parent to call 120 / go to emergency care now, before anything else. */
  emergency: boolean;
  /** Stable names of what was recognised: the red findings, or else the amber ones. */
  flags: string[];
}

/**
 * Medical red flags in one message on its own, both languages (Simplified or
 * English). The conversation triages with triageSigns over the recent turns;
 * this single-message view is kept for callers that have no conversation.
 */
export function detectRedFlags(text: string): RedFlags {
  const t = triageSigns(readHealthSigns(text), { recent: [] });
  return { emergency: t.level === 'red', flags: t.level === 'red' || t.level === 'amber' ? t.findings : [] };
}
