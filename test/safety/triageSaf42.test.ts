import { describe, expect, it } from 'vitest';
import { readHealthSigns } from '../../src/safety/healthSigns.ts';
import type { TriageLevel } from '../../src/safety/triageSigns.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';
import { levelOf } from '../helpers/triageOf.ts';

/**
 * Round 42 (saf42, illness triage): a febrile toddler "running around … drinking juice" is well in themselves — fever care
 * at home with its red signs (NICE NG143 green), not a search that finds the screen-time page for "watching tv"; a booking
 * told first and "还要去吗" after the illness, or "should we still come?", asks whether the child may come to care (the
 * drop-off rule and the booking), not only the home care.
 */
const TABLE: Array<[TriageLevel, string]> = [
  ['watch', 'toddler 2yo temp 39.4 but honestly hes running around watching tv and drinking juice what do i do'],
  ['watch', 'she has 38.6 but she is running about and drinking water'],
  // Well in themselves does not take away a red or amber sign.
  ['red', 'he has a fever and is running around but his neck is stiff and there are purple spots that do not fade'],
  ['amber', 'fever for 5 days now, still running around and drinking juice'],
];

describe('saf42 triage words', () => {
  it.each(TABLE)('%s: %s', (level, text) => {
    expect(levelOf(toSimplified(text))).toBe(level);
  });
});

describe('whether an ill child may still come to a booked session', () => {
  it.each([
    ['今天上午约了托育 结果孩子半夜开始又吐又拉 还要去吗', true],
    ['预约了周六的托班 他今天发烧了 还能去吗', true],
    ["he threw up in the night and has a temperature. we're booked in this morning, should we still come?", true],
    // Going to hospital is not coming to care.
    ['已经退烧了 还要去医院吗', false],
    ['我想预约周六上午', false],
  ] as const)('%s → asksCare %s', (text, care) => {
    expect(readHealthSigns(toSimplified(text)).asksCare).toBe(care);
  });
});
