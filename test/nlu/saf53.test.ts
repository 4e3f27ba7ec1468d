import { describe, expect, it } from 'vitest';
import { readHealthSigns } from '../../src/safety/healthSigns.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';
import { triageOf } from '../helpers/triageOf.ts';

/**
 * Round 53, saf53 (test/fixtures/eval-tuning/saf53.jsonl): heat told by a flushed face or the zoo, a graze or bite
 * spreading or with pus, "pee很少", washing-up liquid in its Taiwan and northern names, a head-injury question asked
 * ahead with 马上 inside it, pink shoulders after the pool, a bite of a dishwasher tablet in mixed text. Worded apart
 * from the probe file.
 */
const signsOf = (text: string) => readHealthSigns(toSimplified(text)).signs;

describe('heat after time outside, told by a flushed face or the zoo', () => {
  it.each([
    '下午在海边待了很久 回来脸红扑扑的 有点没精神',
    'we were at the zoo all afternoon in the heat and he is sweaty and grumpy',
    '在公园玩了一上午 宝宝 now 很 flushed',
  ])('%s — heat exposure', (text) => {
    expect(signsOf(text).has('heat_exposure')).toBe(true);
  });
  it('a flushed face with a fever and no time outside is no heat exposure', () => {
    expect(signsOf('宝宝发烧38.5 脸红扑扑的').has('heat_exposure')).toBe(false);
  });
});

describe('a wound or a bite getting worse days later is an infection: a doctor today, not 120', () => {
  it.each(['手肘擦破的地方 两天了 越来越红 还有点脓', '腿上摔破的伤口流黄水了 比昨天还红'])('%s — amber wound_infected', (text) => {
    const t = triageOf([text]);
    expect(t.level).toBe('amber');
    expect(t.findings).toContain('wound_infected');
  });
  it.each(['蚊子包抓破了 比早上还肿', 'a bug bite on her arm from yesterday now has a red streak going up', 'spider bite is redder than this morning'])(
    '%s — amber bite_spreading',
    (text) => {
      const t = triageOf([text]);
      expect(t.level).toBe('amber');
      expect(t.findings).toContain('bite_spreading');
    },
  );
  it('a fresh graze is still watched at home', () => {
    expect(triageOf(['刚才摔了一跤 膝盖擦破皮了']).level).toBe('watch');
  });
});

describe('"pee很少" in mixed text is fewer wees', () => {
  it('vomiting with pee很少 is dehydration (amber)', () => {
    const t = triageOf(['孩子拉了好几次 pee很少']);
    expect(t.level).toBe('amber');
  });
});

describe('washing-up liquid in its Taiwan and northern names', () => {
  it.each(['小孩舔了一口洗碗精', '孩子舔了洗涤灵'])('%s — a soap lick, not nothing', (text) => {
    expect(signsOf(text).has('soap_lick')).toBe(true);
  });
});

describe('a question asked ahead with 马上 inside it', () => {
  it('提前了解 … 哪些情况要马上去医院 is not an emergency', () => {
    expect(triageOf(['先了解一下 万一宝宝摔到头 什么情况要马上去医院']).level).not.toBe('red');
  });
  it('a head knock now with vomiting stays red', () => {
    expect(triageOf(['宝宝刚才摔到头 吐了两次 要马上去医院吗']).level).toBe('red');
  });
});

describe('sunburn told body part first', () => {
  it.each(['his back went pink after the beach today', 'her nose is a bit red from the sun'])('%s — sunburn', (text) => {
    expect(signsOf(text).has('sunburn')).toBe(true);
  });
});

describe('a bite of a dishwasher tablet in mixed text is a poisoning, not a bite wound', () => {
  it('咬了一口 dishwasher tablet', () => {
    const s = signsOf('女儿咬了一口 dishwasher tablet');
    expect(s.has('poisoning')).toBe(true);
  });
});
