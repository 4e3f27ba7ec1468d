import { readFileSync } from 'node:fs';
import type { Intent, Lang, Slots } from './types.ts';
import { understand } from './understand.ts';

/** One labelled message. `slots.neighbourhood` is labelled by its Chinese name. */
export interface LabelledMessage {
  text: string;
  lang: Lang;
  intent: Intent;
  slots: Record<string, unknown>;
}

export interface LangFigures {
  messages: number;
  intentCorrect: number;
  langCorrect: number;
  slotLabelled: number;
  slotCorrect: number;
  spurious: number;
}

export interface Failure {
  text: string;
  problems: string[];
}

export interface NluReport {
  byLang: Record<Lang, LangFigures>;
  failures: Failure[];
}

/** The frozen moment the labelled set is written against: Wednesday 2026-11-25 10:00 in Xiamen. */
export const EVAL_NOW = new Date('2026-11-25T10:00:00+08:00');
export const EVAL_ZONE = 'Asia/Shanghai';

export function loadLabelled(path: string): LabelledMessage[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as LabelledMessage);
}

function comparable(key: string, slots: Slots): unknown {
  const v = (slots as Record<string, unknown>)[key];
  if (key === 'neighbourhood') return slots.neighbourhood?.zh;
  return v;
}

/**
 * Runs understand() over a labelled set. Slot accuracy counts labelled slot
 * values extracted exactly; spurious counts slots produced but not labelled
 * (dateText is derived from dateRange and not counted).
 */
export function evaluateNlu(rows: LabelledMessage[]): NluReport {
  const empty = (): LangFigures => ({ messages: 0, intentCorrect: 0, langCorrect: 0, slotLabelled: 0, slotCorrect: 0, spurious: 0 });
  const byLang: Record<Lang, LangFigures> = { zh: empty(), en: empty() };
  const failures: Failure[] = [];
  for (const row of rows) {
    const u = understand(row.text, { now: EVAL_NOW, timeZone: EVAL_ZONE });
    const f = byLang[row.lang];
    const problems: string[] = [];
    f.messages++;
    if (u.lang === row.lang) f.langCorrect++;
    else problems.push(`lang ${u.lang} ≠ ${row.lang}`);
    if (u.intent === row.intent) f.intentCorrect++;
    else problems.push(`intent ${u.intent} ≠ ${row.intent}`);
    for (const [key, want] of Object.entries(row.slots)) {
      f.slotLabelled++;
      const got = comparable(key, u.slots);
      if (JSON.stringify(got) === JSON.stringify(want)) f.slotCorrect++;
      else problems.push(`${key} ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`);
    }
    for (const key of Object.keys(u.slots)) {
      if (key === 'dateText' || key in row.slots) continue;
      f.spurious++;
      problems.push(`spurious ${key}=${JSON.stringify(comparable(key, u.slots))}`);
    }
    if (problems.length > 0) failures.push({ text: row.text, problems });
  }
  return { byLang, failures };
}
