import { describe, expect, it } from 'vitest';
import type { TriageLevel } from '../../src/safety/triageSigns.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';
import { levelOf } from '../helpers/triageOf.ts';

/**
 * Round 32 (par32z): a night terror told with English words inside Chinese ("眼睛open", "no memory") is a night terror,
 * not a child who does not respond (120); a floppy or jerking child told the same way stays red.
 */
const TABLE: Array<[TriageLevel, string]> = [
  ['none', '宝宝2岁 最近半夜突然scream 眼睛open但是叫她没反应 第二天no memory 是night terror还是nightmare'],
  ['none', '半夜突然尖叫 眼睛open 抱她也没反应 过几分钟又睡了'],
  ['red', '半夜尖叫 眼睛open 没反应 手脚一抽一抽的'],
  ['red', '半夜叫不醒 全身软软的'],
];

describe('night terror told in mixed words', () => {
  it.each(TABLE)('%s: %s', (level, text) => {
    expect(levelOf(toSimplified(text))).toBe(level);
  });
});
