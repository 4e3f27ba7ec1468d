import { describe, expect, it } from 'vitest';
import { readHealthSigns } from '../../src/safety/healthSigns.ts';
import { triageAdvice } from '../../src/safety/triageAdvice.ts';
import type { TriageLevel } from '../../src/safety/triageSigns.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';
import { levelOf, triageOf } from '../helpers/triageOf.ts';

/**
 * Round 6: a fall told with nothing else is asked about (how is the child now,
 * the signs for 120); soap, shampoo and sunscreen in the eye are rinsed and seen
 * today, alcohol and household chemicals are emergencies; a nosebleed that
 * bleeds a lot is a nosebleed; a sting or bug bite followed by swelling and a
 * wheeze is anaphylaxis across messages; a laundry pod bitten open is swallowed;
 * a colour change written with 有点/也; spots that "don't fade" under a glass;
 * a swallowed thing that will not go down after magnets were told. Phrasings
 * differ from the tuning set's.
 */
const TABLE: Array<[TriageLevel, string]> = [
  // A fall with nothing else: ask how the child is now (watch), never 120 first; not a question about falling.
  ['watch', '宝宝刚刚摔倒了'],
  ['watch', '今天早上孫女跌倒了'],
  ['watch', 'my son just fell'],
  ['watch', 'Baby took a little tumble a minute ago'],
  ['none', '学走路的时候摔倒了怎么教他自己爬起来'],
  ['none', 'he fell asleep on the sofa just now'],
  ['watch', '刚才摔倒了 膝盖擦破一点皮'],
  // Eyes: irritants rinsed and seen today; alcohol, bleach, laundry liquid: 120.
  ['amber', '洗发露流进宝宝眼睛里了 一直哭'],
  ['amber', '防曬乳抹到眼睛了 眼睛紅紅的'],
  ['amber', 'got some sunscreen in his eyes, he keeps rubbing them'],
  ['red', '免洗洗手液喷到孩子眼睛里'],
  ['red', 'laundry detergent splashed in her eye'],
  // A heavy nosebleed: the nosebleed's care; a cut that bleeds a lot is still red.
  ['watch', '流鼻血流了好多 枕头上都是血'],
  ['watch', 'her nose is bleeding a lot, blood all over her shirt'],
  ['red', '手被刀割了一个口子 流了好多血'],
  // A sting or bug bite, then swelling with a wheeze: anaphylaxis across messages.
  ['red', '被不知道什么虫子咬了一口 || 嘴唇也肿起来了 有点喘'],
  ['red', 'wasp sting on her arm || now her lips are swelling and she is wheezing'],
  // A pod or sachet bitten open, told thing first.
  ['red', '洗衣凝珠被他咬破了 嘴里都是'],
  // Colour written with 有点 / 也.
  ['red', '咳得脸有点发紫'],
  ['red', '嘴唇也开始发青了'],
  // A breath-holding spell that is over is a parenting question; going blue now stays red.
  ['none', '有一次他发脾气哭到憋气 嘴唇都发紫了 很快就缓过来了 以后怎么办'],
  ['red', '哭着哭着憋气了 现在嘴唇发紫'],
  // Spots that do not fade, told after the fever.
  ['red', "temp 38.9 and a few red dots on his legs || the dots don't fade when I press a glass"],
  // A swallowed thing that will not go down after magnets or an object were told.
  ['red', '好像吞了两颗磁力珠 || 一直流口水 不肯咽东西'],
  // Dishwasher liquid drunk; struggling to breathe said plainly.
  ['red', 'he drank dishwasher detergent'],
  ['red', 'she is struggling to breathe'],
  // 'Does he need stitches?' after heavy bleeding or a cut told before: the wound's advice, a doctor today.
  ['amber', 'cut his chin on the table, lots of blood || it stopped now, will it need stitches?'],
  ['amber', '膝盖摔破了一大块皮 || 要不要去缝针'],
  // Mixed burn words.
  ['red', '被熨斗 burn 到手掌了 起泡'],
];

describe('round 6 phrasings → level', () => {
  it.each(TABLE)('%s ← %s', (want, text) => {
    expect(levelOf(text)).toBe(want);
  });
});

describe('round 6 advice', () => {
  it('an irritant in the eye is rinsed first and cites the eye section', () => {
    const t = triageOf(['洗发水进了眼睛']);
    expect(t.findings).toContain('eye_irritant');
    const a = triageAdvice(t, readHealthSigns(toSimplified('洗发水进了眼睛')).signs, false);
    expect(a.firstSteps[0]).toBe('eyeRinseFirst');
    expect(a.sections).toContain('eye_electric');
  });

  it('a bare fall asks how the child is now', () => {
    expect(triageOf(['孩子刚刚摔了一下']).findings).toEqual(['fall_unclear']);
  });

  it('a burn already cooled for 20 minutes: what comes next, not the cooling again', () => {
    const text = '手背被开水烫了 已经冲了二十多分钟凉水';
    const t = triageOf([text]);
    expect(t.level).toBe('red');
    expect(triageAdvice(t, readHealthSigns(toSimplified(text)).signs, false).firstAid).toContain('burn_cooled');
    const fresh = '手背被开水烫了';
    expect(triageAdvice(triageOf([fresh]), readHealthSigns(fresh).signs, false).firstAid).toContain('burn');
  });
});
