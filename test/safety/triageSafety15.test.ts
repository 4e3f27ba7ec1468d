import { describe, expect, it } from 'vitest';
import { readHealthSigns } from '../../src/safety/healthSigns.ts';
import { triageAdvice } from '../../src/safety/triageAdvice.ts';
import type { TriageLevel } from '../../src/safety/triageSigns.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';
import { levelOf, triageOf } from '../helpers/triageOf.ts';

/**
 * Round 15 (safety15), in wordings other than the tuning set's: asking whether to give another dose is a question about
 * fever medicine, not a dose already doubled; sleeping all the time and barely answering when called is red whatever the
 * temperature; a hot drink named in English and spilt in Chinese is a scald; going under in a pool or the bath, told in
 * English, is water breathed in, and fast breathing after it is an emergency; swallowed water beads get their own step.
 */
const TABLE: Array<[TriageLevel, string]> = [
  // A question about the next dose: no medicine mix-up (the knowledge base answers it).
  ['none', '吃了美林半小时了还是38度9 可不可以再吃一次'],
  ['none', "gave her calpol an hour ago and she's still 39, can I give her another dose?"],
  // Told as done twice: still the mix-up.
  ['amber', '奶奶和我都给他喂了退烧药 喂了两次 要紧吗'],
  ['red', '發燒兩天了 今天一直在睡 叫她都不太理 一歲'],
  ['red', "he's been sleeping all day and barely responds when I call him, temp 38.8"],
  // Quiet, tired, answers: still amber, not red.
  ['amber', '发烧两天了 今天一直睡 叫他会醒 但是没什么精神 一岁'],
  ['red', '刚才被boiling water溅到手臂 起了好几个水泡'],
  ['amber', 'he went under in the bath for a second and came up coughing, 2 years old'],
  ['red', 'she went under in the pool earlier and coughed || now she is breathing fast and keeps coughing'],
];

describe('triage round 15', () => {
  it.each(TABLE)('%s: %s', (level, text) => {
    expect(levelOf(toSimplified(text))).toBe(level);
  });

  it('a dose asked about is not read as medicine given twice', () => {
    expect(readHealthSigns('退烧药喂了一个小时还是39度 能不能再喂一次').signs.has('medicine_error')).toBe(false);
    expect(readHealthSigns('不小心多喂了一次退烧药').signs.has('medicine_error')).toBe(true);
  });

  it('barely responding while very sleepy gets the drowsy first aid and the fever red list', () => {
    const t = triageOf(['烧到39度5 一直昏睡 叫他也不怎么理']);
    expect(t.findings).toContain('barely_responsive');
    const a = triageAdvice(t, readHealthSigns('烧到39度5 一直昏睡 叫他也不怎么理').signs, false);
    expect(a.firstAid).toContain('drowsy');
    expect(a.sections).toContain('fever_red');
  });

  it('swallowed water beads get their own step, other small things the usual one', () => {
    const beads = '孩子把两颗水宝宝吞下去了';
    const tb = triageOf([beads]);
    expect(tb.level).toBe('amber');
    expect(triageAdvice(tb, readHealthSigns(beads).signs, false).firstSteps).toContain('waterBeadsFirst');
    const bead = 'my son swallowed a small plastic bead';
    const to = triageOf([bead]);
    expect(triageAdvice(to, readHealthSigns(bead).signs, false).firstSteps).toContain('swallowedFirst');
  });
});

describe('alcohol swallowed', () => {
  it('hand sanitiser or mouthwash drunk is red with the alcohol reason kept as a modifier', () => {
    for (const m of ['一岁半 喝了两口免洗洗手液', 'my toddler drank some mouthwash']) {
      const r = readHealthSigns(m);
      expect(r.signs.has('alcohol')).toBe(true);
      expect(triageOf([m]).level).toBe('red');
    }
    expect(readHealthSigns('吃了两颗奶奶的降压药').signs.has('alcohol')).toBe(false);
  });
});
