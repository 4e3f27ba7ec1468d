import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TRIAGE_SECTIONS, triageSource } from '../../src/safety/triageSources.ts';

describe('triage citations', () => {
  it.each(TRIAGE_SECTIONS.flatMap((s) => (['zh', 'en'] as const).map((lang) => [s, lang] as const)))(
    '%s (%s) names a real document title and section',
    (key, lang) => {
      const src = triageSource(key, lang)!;
      const text = readFileSync(join('knowledge', lang, `${src.docId}.md`), 'utf8');
      const title = /^title:\s*"?(.*?)"?\s*$/m.exec(text)?.[1];
      expect(title).toBe(src.title);
      expect(text.split('\n')).toContain(`## ${src.section}`);
    },
  );
});
