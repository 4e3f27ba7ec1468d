import { describe, expect, it } from 'vitest';
import { levelOf } from '../helpers/triageOf.ts';

// Fewer wet nappies so far today is a doctor today, in any wording (NICE CG84: decreased urine output is clinical
// dehydration; NG143 lists fewer wet nappies as amber); a whole day dry, or one wee in a whole day, stays 120.
const TABLE: Array<['red' | 'amber' | 'watch' | 'none', string]> = [
  ['amber', '拉肚子 今天diaper只湿了一次'],
  ['amber', '宝宝拉肚子 今天尿不湿只湿了一次'],
  ['amber', '吐了三次 今天就尿了一回'],
  ['amber', '今天只换了两片尿布 他在拉肚子'],
  ['amber', "only one wet nappy today and she's been vomiting"],
  ['amber', 'only one wet diaper since this morning, diarrhea'],
  ['red', 'diarrhoea since yesterday || only one wet nappy all day'],
  ['red', '孩子拉肚子 一整天只尿了一次 眼窝凹下去了'],
  ['red', 'no wet nappies all day and she is vomiting'],
  ['red', "only one wet nappy today and he's really sleepy and hard to wake"],
];

describe('wet nappies counted so far today', () => {
  it.each(TABLE)('%s ← %s', (want, text) => {
    expect(levelOf(text)).toBe(want);
  });
});

// Refusing to use an arm is a doctor today (a pulled elbow or a break: an X-ray decides), in English as in Chinese; unable
// to move a limb, or a limb out of shape, stays 120 / the emergency department. A sign the parent does not see is denied.
describe('an arm not used, and signs not seen', () => {
  it.each([
    ['amber', "fell on his arm yesterday. Today he does not want to use this arm, cries when I touch near the elbow. I don't see swelling. Is it serious?"],
    ['amber', "she won't move her arm and cries when I touch her elbow"],
    ['amber', '昨天摔了一跤 今天右手不肯用 一碰手肘就哭'],
    ['red', "he can't move his arm after the fall"],
    ['red', 'his arm is bent at a funny angle'],
    ['amber', '手腕肿了 一碰就哭'],
    ['none', '没看到肿 也没流血 就是一直哭'],
  ] as const)('%s ← %s', (want, text) => {
    expect(levelOf(text)).toBe(want);
  });
});

// Crying so hard the child cannot catch their breath is how hard they cry, not a breathing sign; blue lips or fainting
// still are.
describe('crying breathless', () => {
  it.each([
    ['none', '每次送去托育点都哭得喘不上气 怎么办'],
    ['red', '哭到喘不过气来 嘴唇发紫'],
    ['red', '哭得喘不上气 然后晕过去了'],
    ['red', '哭完以后喘不上气 一直喘'],
  ] as const)('%s ← %s', (want, text) => {
    expect(levelOf(text)).toBe(want);
  });
});
