import { describe, expect, it } from 'vitest';
import { readHealthSigns } from '../../src/safety/healthSigns.ts';
import { triageAdvice } from '../../src/safety/triageAdvice.ts';
import type { TriageLevel } from '../../src/safety/triageSigns.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';
import { levelOf, triageOf } from '../helpers/triageOf.ts';

/**
 * Round 35 (saf35): denials of a battery, a magnet or a fit; a household socket shock with the child fine now (a doctor
 * today, not 120) and a mark found after it; a swallowed toy part, then drooling; croup, then drooling; a firework at
 * the eye; a red hot eyelid with a fever, then the eye bulging; cold after the sea, then no longer shivering and drowsy;
 * camphor oils drunk; an oil licked, then coughing; a tooth through the lip, then "the bleeding stopped"; car sickness.
 */
const TABLE: Array<[TriageLevel, string]> = [
  // Denied in passing: not the emergency the word names.
  ['none', '宝宝八个月 没有发烧 也不是抽筋 就是刚睡着时手脚突然抖一下'],
  ['none', '女兒沒有發燒 不是抽搐 睡著時腳會抖一下'],
  ['amber', '一岁半 把积木上的一个小零件吞下去了 不是电池也不是磁铁 现在照样玩'],
  ['amber', 'He swallowed a small plastic toy piece, it is not a battery or a magnet, he is playing'],
  // Still red when it is not denied.
  ['red', '孩子好像把遥控器里的纽扣电池吞了'],
  ['red', '他正在抽筋 叫不醒'],
  // A household socket shock, fine now or asking whether it matters: a doctor today; unwell, still red.
  ['amber', '孩子用钥匙捅插座被电了一下 哭了 现在没事了'],
  ['amber', "She got a shock from the socket, cried, and now she's fine, no marks. Do we need hospital?"],
  ['red', '孩子被插座电了一下 现在叫不醒'],
  ['red', 'he got a shock from the socket'],
  ['amber', '两岁的儿子拿发夹捅插座 被电了一下 哭了一会儿 现在看起来没事 || 仔细看了一下 他指尖有个小黑点 有点发白'],
  // Something swallowed, then drooling or not swallowing: stuck on the way down.
  ['red', '宝宝吞了玩具上的一个塑料小轮子 || 现在一直流口水 不肯吃东西'],
  ['red', 'He swallowed a toy wheel this morning || now he is drooling and can’t swallow'],
  // Croup, then drooling: the airway narrowing.
  ['amber', '半夜咳嗽像狗叫 哭的时候吸气有呼呼声'],
  ['red', '半夜咳嗽像狗叫 || 现在一直流口水 不肯躺下'],
  // A firework at the eye: emergency eye care now; asked about ahead, no emergency.
  ['red', '今天鞭炮在孩子脸旁边炸开 眼睛很红 睁不开'],
  ['red', 'A firecracker went off near his face and now his eye is red and watering, he can’t open it'],
  ['none', '过年放烟花怎么保护孩子的眼睛'],
  // A swollen eyelid: with a fever a doctor today; bulging or painful to move, 120.
  ['amber', '三岁 右眼眼皮又红又肿 还发烧38.5'],
  ['red', '眼皮红肿发烧 || 现在眼睛凸出来 转动眼睛会痛'],
  ['red', 'Her eye is bulging and it hurts to move her eye'],
  // Cold after the sea: no longer shivering and drowsy is hypothermia.
  ['red', '在海里玩太久冻得发抖 || 现在不抖了 但是迷迷糊糊 说话不清'],
  ['red', 'he was shivering after the pool || he stopped shivering but is very sleepy and slow to respond'],
  // Camphor and methyl-salicylate oils drunk: a poisoning; rubbed on the skin, none.
  ['red', '孩子打开风油精喝了一口'],
  ['red', '孩子兩歲 打開綠油精喝了一口'],
  ['red', '他把白花油舔了 吞下去一点'],
  ['none', '奶奶给他涂了风油精 吃了饭就睡了'],
  // An oil licked, then coughing or fast breathing: breathed into the lungs.
  ['red', 'She licked some peppermint essential oil || Now she is coughing a lot and breathing fast'],
  // A tooth through the lip: a doctor today, still after the bleeding stops.
  ['amber', '牙齿把下嘴唇咬穿了 里外都有伤口'],
  ['amber', '牙齒把嘴唇咬穿了 一直流血 || 血已經止住了 還需要去醫院嗎'],
  // Sick after a car ride with no knock: not a tummy bug to watch (the knowledge base answers car sickness).
  ['none', '今天坐了一个多小时车 下车就吐了一次 精神挺好的 是晕车吗'],
  ['none', 'She threw up after the bus ride, she is fine now, is it car sickness?'],
  // A knock told with it keeps the vomiting.
  ['red', '坐车的时候急刹车 头撞到前座 下车吐了两次'],
  // A fall from a trolley seat, the child standing up: over a metre.
  ['red', '一岁半的儿子从购物车的座位上站起来摔下去了 头先着地 现在在玩'],
];

describe('round 35 triage', () => {
  it.each(TABLE)('%s: %s', (level, text) => {
    expect(levelOf(text)).toBe(level);
  });

  it('a denied battery or magnet reads no battery or magnet', () => {
    const signs = readHealthSigns(toSimplified('吞了一个小零件 不是电池也不是磁铁')).signs;
    expect(signs.has('button_battery')).toBe(false);
    expect(signs.has('magnets_near')).toBe(false);
    // A question is no denial.
    expect(readHealthSigns('是不是抽筋了 他现在一直抽').signs.has('seizure')).toBe(true);
  });

  it('a shock with the child fine gives the check-for-burns step and the signs that make it 120', () => {
    const t = triageOf(['孩子被插座电了一下 哭了 现在没事了']);
    expect(t.findings).toContain('shock_checked');
    const a = triageAdvice(t, readHealthSigns('孩子被插座电了一下 哭了 现在没事了').signs, false);
    expect(a.firstSteps).toContain('shockFirst');
    expect(a.urgent).toContain('shock');
  });

  it('cold after the sea gets the warming first aid with its red signs', () => {
    const text = '她在海里玩太久了 现在发抖 嘴唇有点紫';
    const t = triageOf([text]);
    const a = triageAdvice(t, readHealthSigns(text).signs, false);
    expect(a.firstAid).toContain('cold');
  });

  it('a fall from a height with an arm that will not move adds keeping the limb still', () => {
    const text = '孩子从购物车上摔下来 右手臂垂着不肯动';
    const t = triageOf([text]);
    expect(t.level).toBe('red');
    const a = triageAdvice(t, readHealthSigns(text).signs, false);
    expect(a.firstAid).toContain('fracture');
  });

  it('a firework at the eye gets the shield-the-eye first aid', () => {
    const text = '鞭炮炸到孩子眼睛了 很红 睁不开';
    const a = triageAdvice(triageOf([text]), readHealthSigns(text).signs, false);
    expect(a.firstAid).toContain('eye_blast');
  });
});

describe('round 35 advice', () => {
  it('blue lips from the cold get the warming steps alone, not the breathing steps that forbid a drink', () => {
    const text = '在海里玩太久了 冻得发抖 嘴唇发紫';
    const a = triageAdvice(triageOf([text]), readHealthSigns(text).signs, false);
    expect(a.firstAid).toContain('cold');
    expect(a.firstAid).not.toContain('breathing');
  });
});

describe('round 35: an insect in the ear', () => {
  it.each(['剛剛在公園 好像有隻小蟲飛進她耳朵裡 她一直抓耳朵在哭', 'a bug crawled into his ear and he is screaming'])(
    '%s: its own first step, not the nose’s',
    (text) => {
      const t = triageOf([text]);
      expect(t.level).toBe('amber');
      const a = triageAdvice(t, readHealthSigns(toSimplified(text)).signs, false);
      expect(a.firstSteps).toContain('earInsectFirst');
      expect(a.firstSteps).not.toContain('nostrilFirst');
    },
  );

  it('a bead up the nose keeps the nose’s first step', () => {
    const text = '孩子把豆子塞进鼻子里了';
    expect(triageAdvice(triageOf([text]), readHealthSigns(text).signs, false).firstSteps).toContain('nostrilFirst');
  });
});
