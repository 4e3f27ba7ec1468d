import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluateNlu, loadLabelled } from '../../src/nlu/evaluateNlu.ts';

const rows = loadLabelled(fileURLToPath(new URL('../fixtures/nlu-messages.jsonl', import.meta.url)));

describe('labelled parent messages', () => {
  it('is large and bilingual enough to mean something', () => {
    expect(rows.length).toBeGreaterThanOrEqual(180);
    expect(rows.filter((r) => r.lang === 'zh').length).toBeGreaterThanOrEqual(90);
    expect(rows.filter((r) => r.lang === 'en').length).toBeGreaterThanOrEqual(70);
  });

  it('meets the accuracy targets per language (intent ≥ 0.95, slots ≥ 0.9)', () => {
    const { byLang, failures } = evaluateNlu(rows);
    for (const lang of ['zh', 'en'] as const) {
      const f = byLang[lang];
      expect(f.intentCorrect / f.messages, `${lang} intent; failures: ${JSON.stringify(failures)}`).toBeGreaterThanOrEqual(0.95);
      expect(f.slotCorrect / f.slotLabelled, `${lang} slots; failures: ${JSON.stringify(failures)}`).toBeGreaterThanOrEqual(0.9);
    }
  });
});
