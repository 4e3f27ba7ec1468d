import { describe, expect, it } from 'vitest';
import { readHealthSigns } from '../../src/safety/healthSigns.ts';
import type { TriageLevel } from '../../src/safety/triageSigns.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';
import { levelOf, triageOf } from '../helpers/triageOf.ts';

/**
 * Round 34 (saf34): Xiamen's local hazards told in Traditional, Cantonese and mixed words, and episodes told in pieces —
 * heat stroke after the beach ("沒流汗", "迷糊"), a child locked in a car in Cantonese, a head-first fall into a bucket,
 * a mushroom from the lawn, a firecracker going off by the eye, a hand warmer's iron powder eaten, a lick on unbroken
 * skin (no bite), a febrile fit asked about ahead with a family history, and jerks or repeated vomiting after hand,
 * foot and mouth told in an earlier message.
 */
const TABLE: Array<[TriageLevel, string]> = [
  ['red', '中午帶兩歲兒子去沙灘玩 回來全身很燙 皮膚乾乾的沒流汗 叫他有點迷糊 還吐了'],
  ['red', '阿仔自己鎖咗喺車入面 鎖匙喺車度 架車喺太陽底下曬緊 點算'],
  ['red', "I'm the nanny. The toddler is 14 months, he tipped head first into a bucket of water, I pulled him out and he coughed a lot"],
  ['red', '一岁的孩子刚才头栽进拖地的水桶里 我马上拉出来了 呛了几口水 哭得很厉害'],
  ['red', '下过雨草坪上长了好多蘑菇 两岁的女儿捡了一块塞进嘴里 好像吃下去了一点 现在还没什么反应'],
  ['red', '他刚才把暖宝宝撕开了 嘴巴周围手上都是黑色的粉 可能吃进去了'],
  ['red', 'My 20-month-old chewed open a hand warmer, one of those sticky heat packs, and has black powder all around his mouth'],
  [
    'red',
    "My 2yo has hand foot and mouth, sores in her mouth, drinking less but still peeing || Last night she kept jerking in her sleep and she's thrown up twice this morning",
  ],
  ['red', '腸病毒 嘴巴破好幾個洞 手腳有紅點 || 今天睡覺一直驚跳'],
  // Round 35: a firework blast at the eye is emergency eye care now (American Academy of Ophthalmology; NHS: A&E when something hits the eye at speed), not a doctor today.
  ['red', '過年放鞭炮 炮竹在兒子臉旁邊炸開 眼睛一直流淚 睜不開 說很痛'],
  // Not an emergency now: a lick on skin with no wound last month, a fit asked about ahead, a hand warmer used or asked about.
  ['none', '上個月在公園被流浪狗舔了一下手 沒有傷口 現在要補打狂犬病疫苗嗎'],
  ['none', '家裡有熱性痙攣的家族史 如果寶寶發燒抽筋 我要怎麼做 要塞東西在嘴巴嗎'],
  ['none', 'how do I use a hand warmer safely with a toddler'],
  ['none', '暖宝宝贴在衣服上 会不会太热'],
  ['none', '我们去沙滩玩了一上午 很开心 下午可以去托育点吗'],
];

describe('round 34 triage', () => {
  it.each(TABLE)('%s: %s', (level, text) => {
    expect(levelOf(text)).toBe(level);
  });

  it('a lick on a wound is still an exposure; one on unbroken skin is not', () => {
    expect(readHealthSigns(toSimplified('狗舔了他手上的伤口')).signs.has('animal_bite')).toBe(true);
    expect(readHealthSigns(toSimplified('狗舔了一下手 没有伤口')).signs.has('animal_bite')).toBe(false);
  });

  it('a fit asked about ahead keeps its first aid, not a 120 call now', () => {
    const reading = readHealthSigns(toSimplified('家裡有熱性痙攣的家族史 如果寶寶發燒抽筋 我要怎麼做'));
    expect(reading.ahead).toContain('seizure');
    expect(reading.signs.has('seizure')).toBe(false);
  });

  it('remembers hand, foot and mouth for the next turns, and jerks alone are no sign', () => {
    const t = triageOf(['My 2yo has hand foot and mouth, sores in her mouth, drinking less but still peeing']);
    expect(t.remember).toContain('had:hfmd');
    // A startle with no hand, foot and mouth told before: no emergency.
    expect(readHealthSigns(toSimplified('宝宝昨晚睡觉一直惊跳')).jerks).toBe(true);
    expect(levelOf('宝宝昨晚睡觉一直惊跳')).not.toBe('red');
  });

  it('a burn from a hand warmer is still a burn, not a poisoning', () => {
    const t = triageOf(['暖宝宝贴在肚子上一晚上 早上发现红了一块起了水泡']);
    expect(t.findings).not.toContain('poisoning');
  });
});
