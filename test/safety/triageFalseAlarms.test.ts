import { describe, expect, it } from 'vitest';
import { readHealthSigns } from '../../src/safety/healthSigns.ts';
import { triageAdvice } from '../../src/safety/triageAdvice.ts';
import type { TriageLevel } from '../../src/safety/triageSigns.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';
import { levelOf, triageOf } from '../helpers/triageOf.ts';

/**
 * Everyday questions that are not incidents: the temperature of water, milk,
 * a bath, a room or the weather is not a body temperature; asking how small a
 * thing can choke or which foods do is a safety question, not a choke now;
 * sleepy or fussy after vaccines is a common mild reaction to watch. Every
 * real sign next to them stays what it was. Phrasings differ from the tuning
 * sets' messages.
 */

const TABLE: Array<[TriageLevel, string]> = [
  // Water, milk, a bath, a room, the weather.
  ['none', '用40度的温水冲奶粉行不行'],
  ['none', '冲奶的水温要40度还是70度'],
  ['none', '宝宝洗澡水39度会不会太热'],
  ['none', '泡澡的水大概40度左右可以吗'],
  ['none', '奶温38度宝宝不肯喝'],
  ['none', '今天外面38度 能带一岁的宝宝出去玩吗'],
  ['none', '房间温度28度 宝宝晚上穿几件'],
  ['none', '空调开26度会不会着凉'],
  ['none', '洗澡水溫度38度可以嗎'],
  ['none', 'is bath water at 40 degrees too hot for a baby?'],
  ['none', 'what temperature should the water be for formula, 40c?'],
  ['none', 'it is 38 degrees outside, can I take my 10 month old to the park'],
  // …while the child's temperature stays a fever, even in the same message.
  ['amber', '摸着额头烫 量了一下40度'],
  ['amber', '体温40 两岁'],
  ['amber', '洗完澡给他量体温 40.2度 一岁半'],
  ['red', '两个月宝宝 泡完澡摸着烫 量了38.5'],
  ['red', '洗澡水40度 宝宝才两个月 刚量体温38.3'],
  ['amber', '喝了点水还是40度 两岁'],
  // "degrees" written out is a body temperature when it is the child's.
  ['red', 'my 2 month old is 38.5 degrees'],
  ['red', 'she is 7 weeks old and 38 degrees celsius'],
  // Choking asked about, not happening.
  ['none', '什么大小的东西会噎到宝宝'],
  ['none', '多大的玩具零件会被小孩吞进去噎到'],
  ['none', '哪些零食一岁宝宝吃会噎住'],
  ['none', '花生会噎到吗 两岁能吃吗'],
  ['none', 'what size of food can a baby choke on?'],
  ['none', 'which toys are choking hazards for under 3s'],
  ['none', 'can a 1 year old choke on rice crackers?'],
  ['none', '小孩吃什么容易卡到喉咙 要怎么防'],
  // …while a choke now stays red.
  ['red', '吃饼干噎住了 喘不上气'],
  ['red', '葡萄卡住了 脸发紫'],
  ['red', 'she is choking on a grape and can’t cough'],
  ['red', '孩子吃花生噎到了 怎么办'],
  ['red', 'my toddler is choking on a small lego piece right now'],
  // Sleepy or fussy after vaccines: watch; can't wake stays red.
  ['watch', '下午打了疫苗 晚上特别爱睡 正常吗'],
  ['watch', '打完预防针一直在睡觉 有点闹'],
  ['watch', 'my 6 month old is really sleepy and cranky after her shots'],
  ['watch', '打完疫苗没什么精神 比平时睡得多'],
  ['red', '打完疫苗一直睡 怎么叫都叫不醒'],
  ['red', 'after her jabs she is floppy and won’t wake up'],
  ['red', '打完疫苗 抽搐了'],
  ['red', '两个月 打完疫苗 发烧38.2'],
  ['amber', '四个月 打完疫苗 发烧38.5 有点蔫'],
];

describe('everyday questions are not read as incidents; real signs keep their level', () => {
  it.each(TABLE)('%s ← %s', (level, text) => {
    expect(levelOf(text)).toBe(level);
  });
});

describe('a mild vaccine reaction', () => {
  it('is watched with the vaccination sections cited and the signs for 120', () => {
    const t = triageOf(['打完疫苗有点蔫 睡得多']);
    expect(t.findings).toEqual(['vaccine_mild']);
    const a = triageAdvice(t, readHealthSigns('打完疫苗有点蔫 睡得多').signs, false);
    expect(a.watch).toEqual(['vaccine']);
    expect(a.urgent).toEqual(['fever']);
    expect(a.sections).toEqual(['vaccine_after', 'vaccine_doctor']);
  });

  it('a temperature of water leaves no fever to remember', () => {
    expect(readHealthSigns('40度的温水冲奶粉可以吗').temperature).toBeUndefined();
    expect(readHealthSigns('摸着烫 量了40度').temperature).toBe(40);
    expect(readHealthSigns('she is 39 degrees and crying').temperature).toBe(39);
    expect(readHealthSigns('bath water 37 degrees ok?').temperature).toBeUndefined();
  });
});

describe('asking when to see a doctor', () => {
  it.each(['那什么情况要去医院', 'when should I take her in then?', 'what signs would mean I need to take her in?', '那要注意什么', '什麼時候要看醫生'])(
    '%s',
    (text) => {
      expect(readHealthSigns(toSimplified(text)).asksWhenToGo).toBe(true);
    },
  );
  it.each(['医院几点开门', 'which hospital is near the point?', '托育点几点关门'])('not: %s', (text) => {
    expect(readHealthSigns(toSimplified(text)).asksWhenToGo).toBe(false);
  });
});
