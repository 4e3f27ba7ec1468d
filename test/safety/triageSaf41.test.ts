import { describe, expect, it } from 'vitest';
import { readHealthSigns } from '../../src/safety/healthSigns.ts';
import type { TriageLevel } from '../../src/safety/triageSigns.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';
import { levelOf } from '../helpers/triageOf.ts';

/**
 * Round 41 (saf41): a denial with a degree word between ("也沒有很喘") takes the sign out like "没有喘"; the belly
 * sucking in with each breath ("肚子一吸一吸的") is indrawing (NICE NG143: red); crying that suddenly goes silent and
 * comes back in seconds ("哭到一半突然沒聲音 … 過幾秒又哭出來") is a breath-holding spell, not 120; a drink spilt on
 * "my 2 year olds forearm" is a scald; "这跟噎到有什么不一样" asks a difference; "还可以去吗" and "预约要怎么办" ask
 * about coming to care and the booking.
 */
const TABLE: Array<[TriageLevel, string]> = [
  ['amber', '女兒兩歲 這兩天呼吸有一點咻咻聲 不過吃睡玩都正常 也沒有很喘 要帶去看嗎'],
  ['red', '兩歲 這兩天呼吸有咻咻聲 現在很喘'],
  ['red', '一歲三個月 感冒三天了 今天呼吸有咻咻的聲音 呼吸很快 肚子一吸一吸的'],
  ['red', '宝宝咳嗽 肚子一吸一吸的'],
  ['watch', '兒子一歲半 剛剛哭到一半突然沒聲音 嘴唇發紫 整個人軟掉 過幾秒又哭出來了 現在正常在玩'],
  // Blue lips with no crying and nothing over: still red.
  ['red', '兒子一歲半 剛剛吃飯突然沒聲音 嘴唇發紫'],
  ['amber', 'spilled my tea on my 2 year olds forearm, red patch about the size of a coin, no blisters. what do i do'],
  ['amber', 'spilled coffee on her forearm'],
  // After the spell, how it differs from choking is a question, not a choke now.
  ['none', '兒子一歲半 剛剛哭到一半突然沒聲音 嘴唇發紫 整個人軟掉 過幾秒又哭出來了 現在正常在玩 || 他那時候沒有在吃東西 這跟噎到有什麼不一樣'],
  ['red', '他吃東西噎到了 咳不出聲'],
];

describe('saf41 triage words', () => {
  it.each(TABLE)('%s: %s', (level, text) => {
    expect(levelOf(toSimplified(text))).toBe(level);
  });
});

describe('whether an ill child may still come, and what to do about the booking', () => {
  it.each([
    ['今天下午有预约托育 结果他早上起来烧到38.5 还可以去吗 预约要怎么办', true, true],
    ['发烧了 还可以去吗', true, false],
    ['那预约怎么处理', true, true],
    ['我想预约周六上午', false, false],
  ] as const)('%s → asksCare %s, asksCancel %s', (text, care, cancel) => {
    const r = readHealthSigns(text);
    expect([r.asksCare, r.asksCancel]).toEqual([care, cancel]);
  });
});
