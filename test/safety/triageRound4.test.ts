import { describe, expect, it } from 'vitest';
import { readHealthSigns } from '../../src/safety/healthSigns.ts';
import { triageAdvice } from '../../src/safety/triageAdvice.ts';
import { type TriageLevel, triageSigns } from '../../src/safety/triageSigns.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';
import { levelOf, triageOf } from '../helpers/triageOf.ts';

/**
 * Fourth round of triage: counted breaths, mottled skin and everyday words for
 * the red signs, a poison within reach then "drank some", a choke yesterday
 * then a cough today, fish bones, a pulled elbow, heat exhaustion vs heat
 * stroke, a battery in the nose, crying at once after a fall, home remedies
 * asked after an incident, doses by tablet splitting or intervals.
 * Phrasings differ from the tuning set's messages.
 */

const TABLE: Array<[TriageLevel, string]> = [
  // Breaths counted in a minute (NICE NG143: over 60 red; over 50 at 6–12 months, over 40 after a year, amber).
  ['red', '两个月的宝宝 呼吸一分钟数了65下'],
  ['amber', '一岁半 感冒 我数了呼吸 一分钟45次'],
  ['amber', 'my 8 month old is taking 55 breaths a minute'],
  ['none', '宝宝一岁 一分钟呼吸30次 正常吗'],
  // Skin colour and responsiveness in everyday words.
  ['red', '发烧 小腿上的皮肤一块一块发紫'],
  ['red', '她发烧 身上皮肤花花的'],
  ['red', "he keeps going back to sleep, can't stay awake for more than a minute"],
  ['amber', '孩子发烧 || 今天没什么精神 也不怎么笑'],
  // Sunken eyes and slow skin, across turns.
  ['red', '拉肚子两天了 || 眼睛凹下去了'],
  ['red', '吐了一天 || 捏一下肚子上的皮 回得特别慢'],
  ['amber', 'tummy bug || only two wet nappies since this morning'],
  // Neck and the glass test said loosely.
  ['red', '脖子硬硬的 不肯低头'],
  ['red', '身上有红点 拿杯子压了一下 还是没褪'],
  // Hard to breathe in Taiwan usage.
  ['red', '喘到說不出話來 肋骨那邊一直凹'],
  // A poison within reach, then some swallowed.
  ['red', '宝宝在玩洁厕灵的瓶子 || 好像喝了一点'],
  ['red', 'she got hold of the bleach bottle || I think she drank some'],
  ['none', '宝宝在玩洁厕灵的瓶子'],
  // Medicine gone from where it lay.
  ['red', '外婆的降压药撒了一地 数了一下少了三颗'],
  ['red', 'two of my sleeping pills are missing and the toddler was in the room'],
  // Alcohol.
  ['red', '他偷喝了几口啤酒 走路摇摇晃晃'],
  // Silica gel beads are of low toxicity; quicklime is not.
  ['watch', '吃了饼干袋里的硅胶干燥剂 透明的珠子'],
  ['red', '孩子吃了海苔里的石灰干燥剂'],
  // A choke yesterday and a cough today: something may have gone down the airway.
  ['watch', '昨天吃瓜子呛到了 咳了好一会儿后来好了'],
  ['amber', '昨天吃瓜子呛到了 咳了好一会儿后来好了 || 今天一直在咳 有点喘'],
  ['watch', '葡萄卡住了 || 咳出来了 现在没事了'],
  // Fish bones: the ENT clinic today, emergency care when it will not go down.
  ['amber', '鱼刺扎在喉咙里了 说疼'],
  ['red', '鱼刺卡住 一直流口水 咽不下去'],
  // A pulled elbow.
  ['amber', '拉了一下她的手 现在那只胳膊一直垂着不肯用'],
  ['amber', "swung him by the arms and now he won't use his left arm"],
  // Heat: exhaustion watched, stroke red.
  ['watch', '在大太阳底下玩了一个多小时 满身大汗 脸通红 精神还好'],
  ['red', '在大太阳底下玩了一个多小时 现在没精神 还吐了'],
  // A battery in the nose or an ear.
  ['red', '女儿把纽扣电池塞进耳朵里了'],
  // A knock with crying at once is watched; crying that will not stop is red.
  ['watch', '从沙发上摔下来 头磕到地板 马上哭了'],
  ['red', '从沙发上摔下来 头磕到地板 一直哭 哄不好'],
  ['watch', 'he fell off the bench at the park and bumped his head, cried straight away'],
  // An arm burn is not a hand burn.
  ['watch', '手臂被热水烫到 红了一小块'],
  ['amber', '手臂被热水烫到了'],
  // A dog licking a wound.
  ['amber', '狗舔了他膝盖上擦破的伤口'],
  // Scalds from things touched, named in English or Chinese.
  ['watch', 'touched the 热水袋 for a second, a small red mark, already cooled it'],
  // How to prevent it: no triage.
  ['none', '吃坚果怎么样才不会噎到'],
  // Not these: night sweats, car sickness, a feeding question, milk after a question about disinfecting bottles.
  ['none', '宝宝睡觉满身大汗正常吗'],
  ['none', '宝宝吃饭手不肯用勺子'],
  ['none', '奶瓶能用84消毒液消毒吗 || 他喝了一点奶'],
];

describe('round 4 phrasings → level', () => {
  it.each(TABLE)('%s ← %s', (want, text) => {
    expect(levelOf(text)).toBe(want);
  });
});

describe('round 4 readings', () => {
  it('car sickness is not heat illness', () => {
    expect(levelOf('在车里坐了两个小时 晕车吐了')).not.toBe('red');
  });

  it.each([
    ['大人吃的退烧药 切一半给孩子吃可以吗', true],
    ['布洛芬和对乙酰氨基酚能交替用吗 隔几个小时', true],
    ['給幾 ml 的普拿疼', true],
    ['can I give half an adult ibuprofen tablet', true],
    ['宝宝一天喝几次奶', false],
    ['宝宝一次喝几 ml 奶', false],
  ])('a dose asked for: %s → %s', (text, asks) => {
    const r = readHealthSigns(toSimplified(text));
    expect(r.asksDose && r.medicine === 'fever').toBe(asks);
  });

  it.each([
    ['奶奶说抹点酱油 行不行', true],
    ['能用镊子夹出来吗', true],
    ['can I put ice on it?', true],
    ['宝宝几点睡觉', false],
  ])('a home remedy asked about: %s → %s', (text, asks) => {
    expect(readHealthSigns(toSimplified(text)).remedy).toBe(asks);
  });

  it('the illness is over: one decider for a return-to-care question and for "recovered"', () => {
    expect(readHealthSigns('发烧退了两天了 可以送托育点吗').recovered).toBe(true);
    expect(readHealthSigns('烧退了又烧起来了 39度').recovered).toBe(false);
    expect(readHealthSigns('how soon can he go back to care after diarrhoea').recovered).toBe(true);
  });
});

describe('round 4 advice', () => {
  const adviceOf = (text: string) => {
    const messages = text.split(' || ');
    const t = triageOf(messages);
    return triageAdvice(t, new Set(messages.flatMap((m) => [...readHealthSigns(toSimplified(m)).signs])), false);
  };
  it('a battery in the nose: its own first aid (no honey), cited', () => {
    const a = adviceOf('纽扣电池塞到鼻孔里了');
    expect(a.firstAid).toEqual(['battery_nose']);
    expect(a.sections).toContain('swallowed');
  });
  it('a first egg, then pale, vomiting and floppy: the allergy first aid, not only CPR', () => {
    expect(adviceOf('第一次吃鸡蛋 吐了好几次 脸色苍白 软绵绵的').firstAid).toContain('allergy');
    expect(adviceOf('after eating peanut butter for the first time she went floppy').firstAid).toContain('allergy');
  });
  it('a fish bone: no rice or vinegar, the signs for 120, cited', () => {
    const a = adviceOf('鱼刺卡在嗓子里');
    expect(a.firstSteps).toContain('fishBoneFirst');
    expect(a.urgent).toContain('swallowed');
  });
  it('heat exhaustion: cool down and watch, with the heat-stroke signs, cited', () => {
    const a = adviceOf('车里空调坏了 闷了半小时 满身大汗');
    expect(a.watch).toContain('heat');
    expect(a.sections).toContain('heat_sun');
  });
  it('an injury at a point seen by a doctor today also cites what the point owes the family', () => {
    const r = readHealthSigns('在服务点被推倒了 走路一瘸一拐');
    const t = triageSigns(r, { recent: [] });
    expect(t.level).toBe('amber');
    expect(triageAdvice(t, r.signs, true).sections).toContain('point_after');
  });
});
