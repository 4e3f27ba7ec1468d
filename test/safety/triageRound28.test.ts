import { describe, expect, it } from 'vitest';
import { readHealthSigns } from '../../src/safety/healthSigns.ts';
import type { TriageLevel } from '../../src/safety/triageSigns.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';
import { levelOf, triageOf } from '../helpers/triageOf.ts';

/**
 * Round 28 (saf28): a question about a risk that names a poisoning ("会不会一氧化碳中毒") or an "if" question said to be
 * asked ahead ("问一下以防万一 如果…") is not an emergency now; crying after vaccines, or crying that stops when the baby
 * is held or fed, is not NICE's continuous cry (crying nothing settles for hours still is); someone else's medicine,
 * dropped and perhaps eaten, is a poisoning; a young baby's blocked nose that snorts is not croup; tea spilt on a child
 * is a scald.
 */
const signsOf = (text: string) => readHealthSigns(toSimplified(text)).signs;

const TABLE: Array<[TriageLevel, string]> = [
  // A question about carbon monoxide or poisoning as a risk → the knowledge base, not 120.
  ['none', '冬天关着窗在卫生间用燃气热水器给宝宝洗澡 会不会一氧化碳中毒'],
  ['none', '冬天洗澡都把窗戶關起來 用瓦斯熱水器 寶寶會不會一氧化碳中毒'],
  ['none', '家里烧炭取暖 怕孩子煤气中毒 要注意什么'],
  // …while a poisoning told, with the same question after it, stays red; so do heater symptoms.
  ['red', '孩子吃了洗衣液 会不会中毒'],
  ['red', '孩子吃了一颗奶奶的降压药 会不会中毒'],
  ['red', '取暖器开着 孩子头晕想吐 是不是一氧化碳中毒'],
  ['red', '担心孩子一氧化碳中毒了 他头晕想吐'],
  ['red', '一会儿 孩子中毒了'],
  // Asking what the symptoms would be is still a question.
  ['none', '燃气热水器会不会一氧化碳中毒 有什么症状 头晕吗'],
  // An "if" asked ahead, wherever the "if" stands → first aid ahead (no 120 call now); a swallow told stays red.
  ['none', '问一下以防万一 如果宝宝吞了纽扣电池怎么办 家里遥控器很多'],
  ['red', '以防万一 孩子刚吞了纽扣电池'],
  // Crying after vaccines that settles, with or without a low fever → watch (the vaccine answer), not 120.
  ['watch', '六個月 今天打完預防針 晚上發燒38.5 一直哭 這樣正常嗎'],
  ['watch', '宝宝打完疫苗 fever 38度 一直哭 is this normal?'],
  ['watch', '寶寶今天打完五合一 回家一直哭 抱著才會停 放下又哭 要緊嗎'],
  // …crying nothing settles, for hours, or shrill → 120 (parenting-vaccination; NICE NG143 red cry).
  ['red', '打完疫苗 一直哭 怎么哄都哄不好 三个小时了'],
  ['red', 'had her shots today, crying for 4 hours, nothing settles her'],
  ['red', '打完疫苗 一直哭 哭声很尖'],
  ['red', '打完疫苗 一直哭 哭了一下午了 怎么都不行'],
  // A fever with crying that will not stop stays red; crying that stops when held does not make it red.
  ['red', '发烧39 一直哭'],
  ['none', '发烧39 一直哭 抱着就不哭'],
  // Someone else's medicine dropped or found, perhaps eaten → 120 (a possible poisoning is treated as one).
  ['red', '奶奶的降压药掉地上了 孩子好像捡了一颗吃 不确定吃没吃'],
  ['red', '爷爷的药盒打开了 孩子抓起来往嘴里塞 不知道吞了没有'],
  // The child's own medicine is not a poisoning.
  ['none', '孩子发烧 好像吃了药也没退'],
  // A young baby's blocked nose, noisy in sleep, pausing at feeds → the blocked-nose answer, not croup; hard breathing stays red.
  ['none', '刚满月 鼻子塞住了 睡觉呼吸呼噜呼噜的 吃奶的时候要停下来喘一下'],
  ['none', 'my 6 week old makes snorty snuffly noises when she sleeps, is that normal?'],
  ['red', '刚满月 鼻子塞住了 呼吸很快 肋骨凹进去'],
];

describe('round 28 triage levels', () => {
  it.each(TABLE)('%s ← %s', (level, text) => {
    expect(levelOf(text)).toBe(level);
  });
});

describe('round 28 readings', () => {
  it('an "if" question asked ahead keeps the emergency for its first aid, with no sign to act on now', () => {
    const r = readHealthSigns(toSimplified('问一下以防万一 如果宝宝吞了纽扣电池怎么办 家里遥控器很多'));
    expect(r.signs.size).toBe(0);
    expect(r.ahead).toContain('button_battery');
  });

  it('crying that settles after vaccines is the mild reaction, not the red cry', () => {
    const s = signsOf('4个月 今天打完疫苗回来就一直哭 抱起来哄一会儿停了 放下又哭');
    expect(s.has('inconsolable')).toBe(false);
    expect(s.has('vaccine_mild')).toBe(true);
    expect(triageOf(['4个月 今天打完疫苗回来就一直哭 抱起来哄一会儿停了 放下又哭', '已经哭了快四个小时了 怎么哄都哄不好 哭声很尖']).level).toBe('red');
  });

  it('tea or coffee spilt on a child is a scald', () => {
    expect(signsOf('spilled my tea on her arm, skin is red, no blisters').has('scald')).toBe(true);
    expect(signsOf('我的咖啡洒到她手上了 红了一片').has('scald')).toBe(true);
    expect(signsOf('how hot should tea be for a toddler').has('scald')).toBe(false);
    expect(levelOf('spilled my tea on her arm, skin is red, no blisters')).not.toBe('none');
  });
});

describe('a worry in Chinese about an English "choke" is a question (round 28 merge)', () => {
  it('"奶奶很担心会 choke 真的安全吗" reads no choking', () => {
    const r = readHealthSigns('想试 baby-led weaning 但是奶奶很担心会 choke 真的安全吗');
    expect(r.signs.has('choking')).toBe(false);
    expect(r.educational).toBe(true);
  });
  it('"宝宝 choke 了 脸发紫" is still choking', () => {
    expect(readHealthSigns('宝宝 choke 了 脸发紫').signs.has('choking')).toBe(true);
  });
});
