import { describe, expect, it } from 'vitest';
import type { TriageLevel } from '../../src/safety/triageSigns.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';
import { levelOf } from '../helpers/triageOf.ts';

/**
 * Round 36 (par36e): a night terror told with a scream and no memory, without the eyes or a cry ("每天半夜 scream 叫不醒,
 * 第二天都不记得"), is the sleep answer, not a child who cannot be woken (120); a floppy or jerking child stays red.
 */
const TABLE: Array<[TriageLevel, string]> = [
  ['none', '孩子 2 岁半 night terror 还是 nightmare? 每天半夜 scream 叫不醒, 第二天都不记得'],
  ['none', '每天半夜尖叫 叫不醒 第二天都不记得'],
  ['red', '半夜尖叫 叫不醒 全身软软的'],
  ['red', '半夜尖叫 叫不醒 手脚一抽一抽的 第二天都不记得'],
];

describe('a night terror told with a scream', () => {
  it.each(TABLE)('%s: %s', (level, text) => {
    expect(levelOf(toSimplified(text))).toBe(level);
  });
});
