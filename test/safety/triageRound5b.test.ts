import { describe, expect, it } from 'vitest';
import { understand } from '../../src/nlu/understand.ts';
import { readHealthSigns } from '../../src/safety/healthSigns.ts';
import { triageAdvice } from '../../src/safety/triageAdvice.ts';
import type { TriageLevel } from '../../src/safety/triageSigns.ts';
import { triageSource } from '../../src/safety/triageSources.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';
import { levelOf, triageOf } from '../helpers/triageOf.ts';

/**
 * Round 5 follow-up: a child hurting someone else is a behaviour question, not
 * an injury (no complaint, no first aid); a fall told with nothing about the
 * child is answered with "how is the child now" and the signs for 120, not 120
 * first; favism (G6PD deficiency) after broad beans or mothballs is red, and
 * asking about it ahead is a question. Phrasings differ from the tuning sets.
 */

const TABLE: Array<[TriageLevel, string]> = [
  // The child hit, bit or pushed someone else: parenting, not triage.
  ['none', '在托育点咬了别的小朋友 怎么教他'],
  ['none', '小孩在托育點咬了別的小朋友 要怎麼教'],
  ['none', '我家女儿在服务点把人推倒了 老师跟我说了 回家怎么说她'],
  ['none', '两岁半老打人 打我打奶奶 怎么纠正'],
  ['none', 'My son pushed another kid at the childcare point today, how do I teach him not to?'],
  ['none', "My 2 year old hits me when I pick him up from the care point, he's not responding to no. How should I respond?"],
  ['none', 'she bites other children at daycare, what do I do'],
  // A bite or push the child received is still an injury.
  ['watch', '他在托育点被别的小朋友咬了'],
  ['watch', 'my son was bitten by another kid at the care point'],
  // A bare fall or knock: not 120 first; a baby under 1 still sees a doctor today; a warning sign is still red.
  ['watch', '孩子中午从沙发上摔下来了'],
  ['watch', '女儿刚才从餐椅上掉下来了'],
  ['watch', 'he fell off the couch this morning'],
  // Were red before this round (tables in detectRedFlags and triageSigns tests): a bare fall, age not known.
  ['watch', '宝宝从床上掉下来了'],
  ['watch', 'he fell off the sofa'],
  // Landing head first is still red.
  ['red', '宝宝从沙发上栽下来 头先着的地'],
  ['amber', '宝宝8个月 从床上摔下来了'],
  ['red', '从沙发上摔下来 吐了两次'],
  ['red', '从沙发上摔下来了 || 刚才又吐了'],
  ['red', '从阳台上摔下来了'],
  // A warning sign in its own words with the knock: red (it no longer rides on the bare-fall rule).
  ['red', "my 3 year old hit his head on the floor at 4pm and he's been sick twice since"],
  // Biting into a thing of one's own is not biting someone.
  ['watch', '两岁的女儿把我的口红咬了一截吃下去了'],
  // Favism: broad beans or mothballs, then dark urine, yellow or pale skin: red.
  ['red', '孩子昨天吃了蚕豆 今天尿是浓茶色的 脸有点黄'],
  ['red', '寶寶有蠶豆症 吃了一點蠶豆 現在臉色蒼白沒精神'],
  ['red', 'my daughter has G6PD deficiency, she touched mothballs and now her pee is dark like cola'],
  ['red', 'after eating fava beans his wee is dark brown'],
  // Asked about ahead: a question for the knowledge base.
  ['none', 'G6PD 能吃蚕豆吗'],
  ['none', '蚕豆病要注意什么'],
  ['none', '蠶豆病的孩子吃了蠶豆會怎樣 尿會變茶色嗎'],
  ['none', 'what happens if a G6PD baby eats broad beans? will his pee turn dark?'],
];

describe('triage round 5 follow-up', () => {
  it.each(TABLE)('%s: %s', (level, text) => {
    expect(levelOf(text)).toBe(level);
  });

  it('a child hurting another at a point is not an incident there', () => {
    expect(readHealthSigns(toSimplified('在托育点咬了别的小朋友 怎么教他')).atPoint).toBe(false);
    expect(readHealthSigns('他在托育点被别的小朋友咬了').atPoint).toBe(true);
  });

  it('a bare fall names the head signs for 120 and what to watch, cited', () => {
    const t = triageOf(['孩子中午从沙发上摔下来了']);
    expect(t.findings).toEqual(['fall_unclear']);
    const a = triageAdvice(t, new Set(['head_knock']), false);
    expect(a.urgent).toContain('head');
    expect(a.watch).toContain('head');
    expect(a.sections).toContain('head');
  });

  it('favism has its first aid and a cited section in both languages', () => {
    const t = triageOf(['孩子昨天吃了蚕豆 今天尿是浓茶色的']);
    expect(t.findings).toContain('favism');
    const a = triageAdvice(t, new Set(['favism']), false);
    expect(a.firstAid).toContain('favism');
    expect(a.sections).toContain('favism');
    expect(triageSource('favism', 'zh')?.section).toContain('蚕豆病');
    expect(triageSource('favism', 'en')?.section).toContain('G6PD');
  });
});

describe("a child's anger is not the parent's complaint", () => {
  const ctx = { now: new Date('2026-11-30T10:00:00+08:00'), timeZone: 'Asia/Shanghai' };
  it.each(['My 2 year old hits me when he gets angry. How should I respond?', "she bites when she's angry, what do I do"])('%s', (text) => {
    expect(understand(text, ctx).intent).not.toBe('complaint');
  });
  it.each(["I'm so angry, nobody came to the point", 'we are angry about the teacher'])('%s is still a complaint', (text) => {
    expect(understand(text, ctx).intent).toBe('complaint');
  });
});
