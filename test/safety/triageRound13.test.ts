import { describe, expect, it } from 'vitest';
import { readHealthSigns } from '../../src/safety/healthSigns.ts';
import { triageAdvice } from '../../src/safety/triageAdvice.ts';
import type { TriageLevel } from '../../src/safety/triageSigns.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';
import { levelOf, triageOf } from '../helpers/triageOf.ts';

/**
 * Round 13: triage answers that carry the situation's own what-to-do. A sting on the lip is a sting in the mouth
 * (a doctor now: swelling there can block breathing), not a food allergy and not 'watch'; a wheeze told as
 * 呼呼的声音 / 'wheezy whistling' is a doctor today, named as a wheeze; a fever blamed on teething is answered as a
 * fever; drool rash is not a graze; a night terror told without 'eyes open' (sat up crying, didn't know the parent,
 * asleep again by herself) is sleep, while floppy or 'can't be woken' stays red. Phrasings differ from the tuning set's.
 */
const TABLE: Array<[TriageLevel, string]> = [
  // Stings on the lip or mouth: amber, whatever the swelling of the lip itself.
  ['amber', '孩子在外面玩 上嘴唇被黄蜂蜇了一下 肿了'],
  ['amber', '嘴唇被蜜蜂叮到了 一歲'],
  ['amber', 'a wasp stung him on the lip while he was eating outside'],
  // A sting elsewhere is still watched; breathing trouble after any sting is red.
  ['watch', '手被蜜蜂蛰了 两岁'],
  ['red', '嘴唇被蜜蜂蛰了 现在喘不上气'],
  // Wheeze.
  ['amber', '一岁半 呼吸的时候呼呼响'],
  ['amber', '晚上喘气有呼呼的声音 鼻塞'],
  ['amber', 'my 11 month old is wheezing a bit with his cold'],
  ['red', '呼吸有呼呼的声音 肋骨下面一吸一凹的'],
  // A rattly, phlegmy chest is not a wheeze.
  ['none', '咳嗽有痰 喉咙里呼噜呼噜的 不发烧'],
  // Teething and a fever: the fever is triaged (the age rules first).
  ['watch', '八个月 在出牙 烧到38.4'],
  ['watch', "cutting her molars and she's 38.7 today, 20 months"],
  ['amber', '五个月 长牙 发烧39.2'],
  ['red', '两个月 好像在长牙 发烧38.3'],
  // Teething with no fever is a teething question.
  ['none', '九个月 长牙流口水 牙龈肿'],
  // Drool rash is not a wound.
  ['none', '口水疹 嘴角有点破皮 怎么护理'],
  ['none', 'drool rash on her chin, the skin looks a bit broken'],
  // Night terrors without 'eyes open'.
  ['none', '三岁 夜里睡着睡着突然哭着坐起来 喊他也不理 像不认识我 过一会又睡着了'],
  ['none', '前天晚上女兒半夜大哭 抱她跟她講話都沒反應 後來自己睡了'],
  ['none', 'she sat up crying at midnight, didn’t seem to recognise me, then went back to sleep'],
  // Not a night terror: floppy, a fever, jerking, or can't be woken on its own.
  ['red', '半夜哭着坐起来 没反应 全身软软的'],
  ['red', '发烧39度 夜里哭了一下 叫她没反应'],
  ['red', '晚上突然哭 然后手脚一抽一抽 叫不应'],
  // A small cut at the point is a wound with its care (and the head's watch when it is the head).
  ['watch', '在托育点额头磕到桌角 破了个小口子 流了一点血 现在不哭了'],
];

describe('triage round 13', () => {
  it.each(TABLE)('%s: %s', (level, text) => {
    expect(levelOf(toSimplified(text))).toBe(level);
  });

  it('a lip sting is read as a sting in the mouth, not a food allergy', () => {
    const r = readHealthSigns('两岁 刚才被蜜蜂蛰到嘴唇了 嘴唇肿起来了');
    expect(r.signs.has('sting_mouth')).toBe(true);
    expect(r.signs.has('allergy_mild')).toBe(false);
    const t = triageOf(['两岁 刚才被蜜蜂蛰到嘴唇了 嘴唇肿起来了']);
    const advice = triageAdvice(t, r.signs, false);
    expect(advice.firstSteps).toEqual(['stingMouthFirst']);
    expect(advice.sections).toContain('small_things');
  });

  it('a wheeze gets its own first step and the breathing signs; a bark keeps croup’s', () => {
    const wheeze = triageOf(['一岁 呼吸有呼呼的声音']);
    expect(wheeze.findings).toEqual(['wheeze']);
    const a = triageAdvice(wheeze, readHealthSigns('一岁 呼吸有呼呼的声音').signs, false);
    expect(a.firstSteps).toEqual(['wheezeFirst']);
    expect(a.urgent).toContain('breathing');
    const both = triageOf(['咳嗽像狗叫 还有点喘息声']);
    expect(triageAdvice(both, new Set(), false).firstSteps).toEqual(['croupFirst']);
  });

  it('a fever blamed on teething is the teething-fever watch, citing its section and the fever care', () => {
    const t = triageOf(['十个月 长牙 今天38.5']);
    expect(t.findings).toEqual(['teething_fever']);
    expect(triageAdvice(t, new Set(['fever', 'teething']), false).sections).toEqual(['teething_fever', 'fever_care']);
  });

  it('a night terror told before, then "can\'t wake her and she is floppy": red', () => {
    expect(levelOf('半夜哭着坐起来 抱她没反应 又自己睡了 || 现在叫不醒 软软的')).toBe('red');
  });
});
