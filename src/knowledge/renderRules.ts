import type { BookingRules } from '../config/config.ts';
import { KnowledgeDocumentError } from './KnowledgeDocumentError.ts';

/**
 * Values a document may quote as {{rules.name}}. Numbers come from the
 * booking configuration (and the chat-history retention), so the knowledge
 * base never contradicts the engine.
 */
export function ruleValues(rules: BookingRules): Record<string, string> {
  return {
    opensDaysAhead: String(rules.opensDaysAhead),
    closesMinutesBefore: String(rules.closesMinutesBefore),
    cancelDeadlineMinutes: String(rules.cancelDeadlineMinutes),
    cancelDeadlineHours: formatNumber(rules.cancelDeadlineMinutes / 60),
    weeklyWeekendBookingsPerChild: String(rules.weeklyWeekendBookingsPerChild),
    noShowLimit: String(rules.noShowLimit),
    noShowWindowDays: String(rules.noShowWindowDays),
    noShowPauseDays: String(rules.noShowPauseDays),
    waitlistHoldMinutes: String(rules.waitlistHoldMinutes),
    historyRetentionDays: String(rules.historyRetentionDays),
    reminderTime: rules.reminderTime,
  };
}

/** 2 → "2", 1.5 → "1.5", 0.75 → "0.75", 1/3 → "0.33". */
function formatNumber(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** Replaces every {{rules.x}}; an unknown name is an error naming the file, never left in the text. */
export function renderRules(text: string, rules: BookingRules, file: string): string {
  const values = ruleValues(rules);
  const unknown = new Set<string>();
  const out = text.replace(/\{\{\s*([^{}]*?)\s*\}\}/g, (whole, name: string) => {
    const m = /^rules\.(\w+)$/.exec(name);
    const v = m ? values[m[1]!] : undefined;
    if (v === undefined) {
      unknown.add(whole);
      return whole;
    }
    return v;
  });
  if (unknown.size) {
    throw new KnowledgeDocumentError(
      'KNOWLEDGE_UNKNOWN_PLACEHOLDER',
      file,
      `unknown placeholder ${[...unknown].join(', ')}; known: ${Object.keys(values)
        .map((k) => `{{rules.${k}}}`)
        .join(', ')}.`,
    );
  }
  return out;
}
