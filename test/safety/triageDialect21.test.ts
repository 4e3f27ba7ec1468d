import { describe, expect, it } from 'vitest';
import { readHealthSigns } from '../../src/safety/healthSigns.ts';
import type { TriageLevel } from '../../src/safety/triageSigns.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';
import { levelOf } from '../helpers/triageOf.ts';

/**
 * Round 21 (Chinese outside set): a red sign told in Cantonese must reach 120 first, whichever script it is typed in
 * (發緊燒 is having a fever, 唔褪色 does not fade, 叫極都唔醒 will not wake however you call); a blocked nose told as
 * 鼻塞塞 / 鼻子塞塞的 is congestion, not something pushed into the nose; a child who often falls, told of a teacher's
 * worry, is no injury at a point.
 */
const TABLE: Array<[TriageLevel, string]> = [
  ['red', '個仔20個月 發緊燒 身上出咗啲紫紅色嘅點 用玻璃杯壓落去都唔褪色 而家好眼瞓 叫極都唔醒 點算'],
  ['red', '我个女一岁半 烧到39度 脚上出咗好多红点 撳落去都唔退色 佢瞓咗成日叫唔醒 点算'],
  ['red', '佢發緊燒 叫極都唔醒'],
  ['none', '寶寶2個月大 一直打噴嚏 鼻子塞塞的 睡覺呼吸有呼嚕聲 可是喝奶都正常 也沒有發燒 這樣是感冒嗎'],
  ['none', '我個BB 3個月 成日打乞嗤 仲鼻塞塞咁 但佢食奶正常冇發燒 係咪病咗'],
  ['none', '幼幼班老師說我家寶寶2歲半 常常跌倒又不敢玩溜滑梯 是感統失調 叫我去上感統課 是真的需要嗎'],
];

describe('triage of Cantonese and habitual words (round 21)', () => {
  it.each(TABLE)('%s ← %s', (level, text) => {
    expect(levelOf(text)).toBe(level);
  });

  it('something pushed into the nose is still read as one', () => {
    expect(readHealthSigns(toSimplified('他把一颗豆子塞进鼻子里了')).signs.size).toBeGreaterThan(0);
  });

  it('a fall at a point told by the carer is still an incident at the point', () => {
    expect(readHealthSigns(toSimplified('接孩子的时候老师说他在点里跌倒了 额头起了个包')).atPoint).toBe(true);
  });
});
