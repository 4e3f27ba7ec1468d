import { describe, expect, it } from 'vitest';
import { readHealthSigns } from '../../src/safety/healthSigns.ts';
import type { TriageLevel } from '../../src/safety/triageSigns.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';
import { levelOf, triageOf } from '../helpers/triageOf.ts';

/**
 * Round 36 (saf36): a bulging soft spot told with words between ("the soft spot on her head looks swollen"); repellent
 * and other household poisons named in English inside a Chinese sentence, told before the verb; a hot afternoon out
 * (出门) as heat; drying out then confused or slow to answer; still listless after drying out; a chemical swallowed, then
 * "it got in his eye too"; "Saturday还能去吗" as a question about coming to care; a carer reporting by message.
 */
const TABLE: Array<[TriageLevel, string]> = [
  // A bulging soft spot with words between: NICE red whatever else is told.
  ['red', "the soft spot on my 4 month old's head looks swollen and bulging, she's vomited twice"],
  ['red', 'his fontanelle on top of the head seems really tense and raised today'],
  ['red', '宝宝四个月 前囟鼓起来了 一直哭'],
  // A sunken soft spot is not a bulging one (it is drying out).
  ['amber', 'her soft spot looks a bit sunken and she has had fewer wet nappies'],
  // Repellent or bleach named in English, then the Chinese verb after it.
  ['red', '她把mosquito repellent喷到嘴里了 舔了一点 两岁 现在没什么事'],
  ['red', '儿子把bleach喝了一口'],
  ['red', '女儿把insect spray喷进嘴里了'],
  // Rubbed on the skin, or only asked about: no poisoning.
  ['none', 'mosquito repellent可以给一岁宝宝用吗'],
  // Drying out, then confused or slow to answer when called: 120 (NHS: confusion with dehydration).
  ['red', '今天好hot 宝宝14个月 出门玩了一下午 现在尿很少 mouth很干 有点蔫 || 喝了一点water 还是不想动 叫他反应很慢'],
  ['red', '宝宝嘴巴很干 尿也很少 || 现在叫他反应很慢 迷迷糊糊的'],
  ['red', "she's had hardly any wet nappies and a dry mouth || now she seems confused and dazed"],
  // Hardly any wees over part of the day: drying out (a doctor today); none all day stays red.
  ['amber', '宝宝一天没怎么尿'],
  ['amber', '一上午都没什么尿 嘴巴有点干'],
  ['red', '宝宝一天都没尿'],
  // Still listless after drying out was told: the doctor today stands.
  ['amber', '宝宝尿很少 嘴巴很干 || 喝了点水 还是没精神 不想动'],
  // A chemical swallowed, then "it got in his eye": the eye's first aid with the 120 call.
  ['red', '20個月的兒子咬破了洗衣球 嘴巴都是 一直咳還吐了一次 || 眼睛好像也有噴到 他一直揉'],
  // An eye splash with nothing told before and no chemical named is no emergency by itself.
  ['none', '洗澡的时候眼睛进了水 他一直揉'],
];

describe('round 36 triage', () => {
  it.each(TABLE)('%s: %s', (level, text) => {
    expect(levelOf(text)).toBe(level);
  });

  it('a chemical in the eye after a poisoning is found as the eye chemical (its rinse first aid)', () => {
    const t = triageOf(['孩子喝了一口洗洁精', '眼睛也溅到了']);
    expect(t.findings).toContain('eye_chemical');
  });

  it('a hot afternoon out is heat exposure', () => {
    expect(readHealthSigns('今天好热 出门玩了一下午 现在尿很少').signs.has('heat_exposure')).toBe(true);
    // Asking whether to go out is not heat told.
    expect(readHealthSigns('今天这么热 下午可以带宝宝出门吗').signs.has('heat_exposure')).toBe(false);
  });

  it('a hot day in mixed words is a hot day (the cool-down step comes first)', () => {
    expect(readHealthSigns('今天好hot 出门玩了一下午 现在尿很少').signs.has('hot_day')).toBe(true);
    expect(readHealthSigns('hotpot好吃吗').signs.has('hot_day')).toBe(false);
  });

  it.each(['现在ok了在玩 Saturday还能去爱邻护幼吗', '退烧了 sunday还可以送去吗', '這週六還可以去愛鄰護幼嗎'])('"%s" asks about coming to care', (text) => {
    expect(readHealthSigns(toSimplified(text)).asksCare).toBe(true);
  });

  it.each([
    '我在上班 阿姨发微信说孩子嘴唇有点发紫',
    '奶奶刚打电话来说宝宝抽筋了',
    "Our ayi just texted me at work: 'baby vomit 3 times, very sleepy'",
    "the nanny says she's really hard to wake",
    '我在公司 保母傳訊息說寶寶叫不醒',
  ])('"%s" is a carer reporting', (text) => {
    expect(readHealthSigns(toSimplified(text)).carerReports).toBe(true);
  });

  it.each(['阿姨说宝宝要多喝水', '孩子抽筋了 怎么办', 'my mum thinks teething causes fever'])('"%s" is no carer reporting', (text) => {
    expect(readHealthSigns(toSimplified(text)).carerReports).toBe(false);
  });
});
