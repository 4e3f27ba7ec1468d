import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toTraditional } from '../../src/text/chineseScript.ts';

/**
 * OpenCC turns the conjunction 并 into 併 in some contexts ("并为你保留" → "併為你保留"), which Traditional readers read
 * as "merge". The Simplified catalogue is worded so the converted text reads right: 併 only in words that mean it.
 */
const DIR = join(import.meta.dirname, '../../src/i18n/zh');
const RIGHT_USES = /合併|一併|吞併|兼併|併購|併發/g;

describe('the zh catalogue converted to Traditional', () => {
  it('uses 併 only where it means merge/together (一併, 合併…), never for the conjunction', () => {
    const wrong: string[] = [];
    for (const file of readdirSync(DIR).filter((f) => f.endsWith('.ts'))) {
      readFileSync(join(DIR, file), 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (!line.includes('并')) return;
          const hant = toTraditional(line).replace(RIGHT_USES, '');
          if (hant.includes('併')) wrong.push(`${file}:${i + 1}: ${hant.trim()}`);
        });
    }
    expect(wrong).toEqual([]);
  });
});
