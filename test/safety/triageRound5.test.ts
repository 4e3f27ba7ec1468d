import { describe, expect, it } from 'vitest';
import { readHealthSigns } from '../../src/safety/healthSigns.ts';
import { triageAdvice } from '../../src/safety/triageAdvice.ts';
import type { TriageLevel } from '../../src/safety/triageSigns.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';
import { levelOf, triageOf } from '../helpers/triageOf.ts';

/**
 * Fifth round of triage: a baby under 3 months who feels hot with no reading
 * (take the temperature now; the reading decides), fits long ago and questions
 * about the temperature fits come at, chokes on milk that are over, magnets or
 * a button battery in the hands then "swallowed two", injuries at a point told
 * by their signs, fewer wet nappies so far today, aftermath questions (a scar, a
 * lump still there), storing things safely, and everyday words for red signs.
 * Phrasings differ from the tuning set's messages.
 */

const TABLE: Array<[TriageLevel, string]> = [
  // Warm to the touch, no reading, under 3 months: measure now, a doctor today; a reading of 38 or more is red.
  ['amber', '宝宝一个半月 摸着后背有点烫 家里体温计找不到了'],
  ['amber', '滿月快兩週了 額頭熱熱的 還沒量'],
  ['amber', "she's 5 weeks and feels warm to the touch"],
  ['red', '宝宝十周 摸着烫 || 量了一下38度5'],
  ['red', 'my 6 week old has a temperature of 38.3'],
  // Very hot to the touch: a parent's sense of a fever is taken seriously (NICE NG143), red under 3 months.
  ['red', '宝宝一个月 额头滚烫 还没来得及量'],
  ['red', 'my 7 week old is boiling hot, no thermometer'],
  ['red', '两个月 发烧38度 吃了退烧药 现在37度'],
  // A fit long ago, or a question about when fits happen: not 120 now.
  ['watch', '他半年前发烧抽过一回 这两天又流鼻涕 平时要怎么防'],
  ['watch', 'my daughter had a febrile seizure a few months ago, how can I stop it happening again'],
  ['none', '烧到几度会抽筋'],
  ['none', 'at what temperature does a febrile seizure happen?'],
  ['red', '去年抽过一次 现在又抽了'],
  ['red', 'she had one last year and she is fitting again right now'],
  // A leg cramp is not a fit; a child who is seen in the news is not this child.
  ['none', '女儿半夜脚抽筋 疼醒了 要补钙吗'],
  ['red', '孩子发烧 腿抽筋 眼睛往上翻'],
  ['none', '看到新闻说有小孩在泳池溺水 我们去游泳要注意什么'],
  // A choke on milk or food that is over: what to watch.
  ['watch', '喂奶的时候呛了一下 咳了两下 现在好了'],
  ['watch', '吃饼干呛到 咳了一会儿 现在不咳了 呼吸也正常'],
  ['red', '喝奶呛到 脸都紫了'],
  ['watch', '喝奶的时候呛到了 现在脸色正常了'],
  // Magnets or a button battery in the hands, then swallowed; a battery gone from a toy.
  ['red', '儿子拿着磁力珠在玩 || 好像吞了三颗'],
  ['red', '手表后面的纽扣电池被她拿去玩了 || 应该吞下去了'],
  ['red', '玩具车的小圆电池不见了一颗'],
  ['none', '宝宝吃饭吃了两颗下去'],
  // Fewer wet nappies so far today is amber (NICE CG84: decreased urine output is clinical dehydration, not a red flag);
  // none all day is red.
  ['amber', 'diarrhoea since this morning || only two wet nappies so far today and her lips are dry'],
  ['amber', 'diarrhoea since this morning || only one wet nappy today'],
  ['red', 'diarrhoea since this morning || only one wet nappy all day'],
  ['red', 'no wet nappies all day and she is vomiting'],
  // What is left of something past, and keeping things out of reach: questions, not incidents.
  ['none', '以前被热水烫过 现在留了一道疤 能消吗'],
  ['none', 'how should I store button batteries so my toddler cannot get them'],
  ['none', '磁力珠要怎么收才安全'],
  ['watch', '前几天从沙发上摔下来 现在还有个包'],
  // Everyday words for red signs.
  ['red', '宝宝嘴唇紫紫的 呼吸很急'],
  ['red', 'his lips look dusky and he is breathing fast'],
  ['red', "she's wheezing and can't catch her breath"],
  ['red', 'he is pale and not really responding to us'],
  ['red', '一直吐 吐出来的东西绿绿的'],
  ['red', '把爷爷的烟吃了一点'],
  ['red', 'her soft spot is sunken and she keeps throwing up'],
  ['red', '暖水壶打翻了 烫到小腿 一大片都红了'],
  ['amber', 'he is 3 and his temp has been 38.5 for six days'],
  ['amber', '女儿嘴里含着一颗珠子 转眼就不见了'],
  ['amber', '走路一拐一拐的 右脚不肯用'],
  ['amber', "she's off her feeds and has only had a couple of wet nappies"],
  // Minnan words grandparents type: 跋倒 (fell), 头壳 (head), 肿一粒 (a lump).
  ['watch', '阿孙跋倒 头壳肿一粒 有哭 这马咧耍'],
  ['red', '孙仔跋落眠床 头壳肿一粒 一直吐'],
  // More everyday words for red signs: grey, stridor at rest said loosely, pulled from water, a face gone dark.
  ['red', 'he has gone a bit grey and will not wake up properly'],
  ['none', 'my hair has gone grey since the baby'],
  ['red', 'there is a squeaky sound when she breathes in, even lying down quietly'],
  ['red', 'pulled him out of the bathtub, he is coughing and breathing fast'],
  ['red', '哭到后来脸色发黑 喘不过气'],
  ['amber', 'three weeks old, super sleepy and not feeding'],
];

describe('triage round 5', () => {
  it.each(TABLE)('%s: %s', (level, text) => {
    expect(levelOf(toSimplified(text))).toBe(level);
  });

  it('a baby under 3 months warm with no reading is told to measure now, with 120 for 38 °C or more', () => {
    const t = triageOf(['宝宝七周 摸着有点烫 还没量']);
    expect(t.findings).toEqual(['warm_under_3_months']);
    const advice = triageAdvice(t, new Set(['fever']), false);
    expect(advice.firstSteps).toContain('measureFirst');
    expect(advice.urgent).toContain('fever');
    expect(advice.sections).toContain('fever_red');
  });

  it('a baby under 3 months very hot with no reading is red, with a reading taken on the way', () => {
    const t = triageOf(['6周的宝宝 摸着烫手 没有体温计']);
    expect(t.findings).toEqual(['fever_under_3_months']);
    expect(triageAdvice(t, new Set(['fever', 'no_reading', 'felt_very_hot']), false).firstAid).toContain('fever_measure');
  });

  it('an age said without "old" is read ("she\'s 6 weeks", "(3 weeks)", "宝宝才5周")', () => {
    expect(readHealthSigns("she's 6 weeks").ageMonths).toBe(1);
    expect(readHealthSigns('my daughter (3 weeks) is hot').ageMonths).toBe(0);
    expect(readHealthSigns('宝宝才5周').ageMonths).toBe(1);
    expect(readHealthSigns('6周前打了疫苗').ageMonths).toBeUndefined();
  });

  it.each([
    '今天从托育点接回来 孩子胳膊肿了 一碰就哭',
    'picked him up from the care point and his finger is swollen and he will not use that hand',
    '托育点老师打电话说孩子在点里抽搐了',
    '在 care point 摔了一跤 手肿了',
    // Holding the carers to account ("how did you watch my child") places the incident at a point
    // even when the point is named only by its neighbourhood.
    '我孩子在前埔摔了头 你们怎么看的孩子',
    'he fell and hit his head, how did your staff let that happen?',
  ])('an injury at a point told by its signs is an incident there: %s', (text) => {
    expect(readHealthSigns(toSimplified(text)).atPoint).toBe(true);
  });

  it.each(['托育点要求发烧不能送吗', 'does the care point check temperatures at drop-off?'])(
    'a question about a point with no incident is not one: %s',
    (text) => {
      expect(readHealthSigns(toSimplified(text)).atPoint).toBe(false);
    },
  );
});
