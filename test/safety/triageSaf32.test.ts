import { describe, expect, it } from 'vitest';
import { readHealthSigns } from '../../src/safety/healthSigns.ts';
import { triageAdvice } from '../../src/safety/triageAdvice.ts';
import type { TriageLevel } from '../../src/safety/triageSigns.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';
import { triageOf } from '../helpers/triageOf.ts';

/**
 * Round 32 (saf32): a head that will not bend down with a fever, a soft spot told bulging further on and a reading at the
 * end of a sentence are red; something sharp swallowed and a child locked in a car are red with their own first aid;
 * 'hot to the touch' is no burn; crying with an ear pain is no abnormal cry; steam from a rice cooker scalds; chilli in
 * the eye is rinsed; a fingernail in the eye, hives after a first food and a fever with Kawasaki features are a doctor
 * today; and one decider for hand sanitiser: licked is a lick in both languages, drunk is a poisoning.
 */
const signsOf = (text: string) => readHealthSigns(toSimplified(text)).signs;
const adviceOf = (text: string) => triageAdvice(triageOf([toSimplified(text)]), signsOf(text), false);

const TABLE: Array<[TriageLevel, string]> = [
  ['red', '三岁 发烧两天了 今天一直说脖子疼 头低不下去 还怕光'],
  ['red', "6 month old has a fever and the soft spot on top of his head looks swollen and bulging, he's really irritable"],
  ['red', 'my 7 week old feels warm, thermometer says 38.1. he is feeding ok'],
  ['red', '一岁半 刚才把一个小的黑色发夹吞下去了 有个尖的口 现在看着没事'],
  ['red', 'he swallowed a pin from my sewing box'],
  ['amber', 'she swallowed a bobby pin'],
  ['red', '鑰匙鎖在車裡了 兩歲小孩還在車上 車子停在太陽底下'],
  ['red', '一歲 在陽台撿到蚊香 啃了一小塊下去'],
  ['none', '老人说发烧要捂汗 给一岁的宝宝盖了两床厚被子 现在小脸通红 摸着很烫'],
  ['none', '兩歲半 半夜一直哭說耳朵痛 有點發燒37.8 可以等明天再去看醫生嗎'],
  ['red', '一歲多手伸到電鍋的蒸氣那邊 手掌紅了一片 還起了幾個小水泡'],
  ['amber', '一岁多 刚才抓了辣椒 又去揉眼睛 现在哭得很厉害 眼睛红红的'],
  ['amber', '姊姊用指甲刮到弟弟的眼睛 弟弟一直流眼淚 眼睛睜不開'],
  ['amber', '一歲半第一次吃蝦 半小時後臉上和肚子起了一塊一塊的疹子 很癢 呼吸正常 精神也很好'],
  ['amber', '燒了五天了 今天發現她眼睛紅紅的 嘴唇很乾還裂開 手腳也有點腫'],
  // Hand sanitiser: one decider in both languages.
  ['none', 'she licked hand sanitiser off her hands'],
  ['none', 'he licked some hand sanitiser'],
  ['none', '舔了一点免洗洗手液'],
  ['red', '两岁的孩子偷偷喝了好几口免洗洗手液 会不会酒精中毒'],
  ['red', 'he licked the hand sanitizer and some bleach'],
  ['red', 'he licked some hand sanitiser || now he is wobbly and really sleepy'],
];

describe('triage round 32', () => {
  it.each(TABLE)('%s: %s', (level, text) => {
    expect(triageOf(text.split(' || ').map(toSimplified)).level).toBe(level);
  });

  it('a lick of sanitiser is remembered as a lick in English as in Chinese', () => {
    expect(signsOf('he licked some hand sanitiser').has('alcohol_lick')).toBe(true);
    expect(signsOf('一歲半舔了一點點乾洗手').has('alcohol_lick')).toBe(true);
  });

  it('a locked car and a sharp thing swallowed bring their own first aid', () => {
    expect(adviceOf('鑰匙鎖在車裡了 兩歲小孩還在車上').firstAid).toContain('car_locked');
    expect(adviceOf('he swallowed a pin from my sewing box').firstAid).toContain('sharp');
  });

  it('a fever with Kawasaki features gives its own reason', () => {
    expect(adviceOf('燒了五天了 今天發現她眼睛紅紅的 嘴唇很乾還裂開 手腳也有點腫').reasons).toContain('kawasaki');
  });
});

describe('a button battery asked about after an object in the ear', () => {
  it('is the battery-in-the-ear emergency, not a swallowed battery', () => {
    const t = triageOf(['my 3 year old pushed a bead into her ear', 'what if it was actually a button battery?']);
    expect(t.level).toBe('red');
    expect(t.findings).toContain('battery_nose');
    expect(t.findings).not.toContain('button_battery');
  });
});
