import { describe, expect, it } from 'vitest';
import { readHealthSigns } from '../../src/safety/healthSigns.ts';
import type { TriageLevel } from '../../src/safety/triageSigns.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';
import { levelOf } from '../helpers/triageOf.ts';

/**
 * Round 37 (saf37): blue lips told code-switched with spaces around the English word ("now 嘴唇 有点 blue",
 * after a week's cough) are red like "嘴唇有点blue"; "how worried should I be" is a parent checking on a fever.
 */
const TABLE: Array<[TriageLevel, string]> = [
  ['red', 'now 嘴唇 有点 blue'],
  ['red', '宝宝 cough 咳了一个礼拜 breathing a bit fast 一岁 || now 嘴唇 有点 blue'],
  ['red', '嘴唇 都 blue 了'],
  ['red', 'her lips 有点紫'],
  ['red', '嘴唇有点blue'],
  // A blue toy or blue clothes is no colour of the child.
  ['none', '她 有点 喜欢 blue 的衣服'],
];

describe('blue lips with spaces around the English word', () => {
  it.each(TABLE)('%s: %s', (level, text) => {
    expect(levelOf(toSimplified(text))).toBe(level);
  });
});

describe('"how worried should I be" checks on what was told', () => {
  it.each([
    ['toddler is 2, temp of 102F since yesterday. how worried should i be', true],
    ['should we be concerned? he has had 38.5 since this morning', true],
    ['she is worried about starting nursery', false],
  ] as const)('%s → checking %s', (text, checking) => {
    expect(readHealthSigns(text).checking).toBe(checking);
  });
});
