import { describe, expect, it } from 'vitest';
import { readHealthSigns } from '../../src/safety/healthSigns.ts';
import { canonicalSymptoms } from '../../src/safety/symptomWords.ts';
import { triageAdvice } from '../../src/safety/triageAdvice.ts';
import type { TriageLevel } from '../../src/safety/triageSigns.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';
import { levelOf, triageOf } from '../helpers/triageOf.ts';

/**
 * Round 16 (safety16): signs told in parents' own words, in wordings other than the tuning set's — a rash as bumps,
 * dots or patches, a medicine given (喂, 'gave'), floppy as 软塌塌, a tummy bug as 上吐下泻 or 'the runs', a fever as
 * 'running a temp' — and common illnesses named from what is described (hand, foot and mouth, roseola, bronchiolitis,
 * a tummy bug). A red sign is never lowered by any of it.
 */
const signsOf = (text: string) => readHealthSigns(toSimplified(text)).signs;

const TABLE: Array<[TriageLevel, string]> = [
  // A medicine given, then a rash in the parent's words: a doctor before the next dose.
  ['amber', '给她喂了两天头孢 今天腿上起了好多小红疙瘩'],
  ['amber', '吃了布洛芬以后 身上冒出一块一块红红的'],
  ['amber', 'we gave her paracetamol and now she has itchy red bumps on her chest'],
  // Floppy and not opening the eyes when called: red, whatever the temperature.
  ['red', '孩子软哒哒的 拍他也不睁眼'],
  ['red', '發燒三天 今天軟塌塌的 叫她都睜不開眼'],
  // A hoarse voice after hives from a food told before: anaphylaxis.
  ['red', '吃了虾以后身上起风团 || 现在嗓子哑哑的'],
  // Roseola: the rash as the fever of some days went, a lively child → watch; a rash that does not fade stays red.
  ['watch', '烧了四天 昨天退烧了 今天脸上身上长了红红的小点点 精神很好'],
  ['red', '烧了四天 昨天退烧了 今天身上的红点用杯子压也不褪色'],
  // Hand, foot and mouth described: with a fever and spots, a doctor today; with sores and no fever, watched at home.
  ['amber', '发烧38度5 手心和脚底长了小水泡 嘴里也有溃疡'],
  ['watch', '嘴巴里面好多小泡泡 屁股上也有一些红点点 没发烧 能吃能玩'],
  ['red', '手足口病第三天 今天一直吐 手会一抽一抽的'],
  // Seen by a doctor already, no other sign: cared for at home with the signs of a severe case.
  ['watch', '医生说是手足口病 还有点低烧37.8 回家要注意什么'],
  // Bronchiolitis in a baby under 1 with a cold: a doctor today.
  ['amber', '七个月 感冒流鼻涕 这两天呼吸有点快 喘气的时候呼呼响'],
  ['amber', 'my 3 month old has a runny nose and is now wheezing'],
  // Energy, feeding, wees and tears told in everyday and Taiwan words; a fever's day told apart from the fever.
  ['amber', '宝宝这几天没有活力 烧到38度7 也不太吃奶'],
  ['red', '烧到39度 怎么摇都睡不醒'],
  ['amber', '发烧38度6 小便特别少 哭了也没什么眼泪'],
  ['amber', '宝宝咳嗽 吸气的时候像锯木头一样'],
  ['amber', '烧到39度多 今天已经第六天了'],
  // A tummy bug with no sign of drying out: cared for at home.
  ['watch', '两岁 又吐又拉 一个早上了 还肯喝水'],
  ['watch', 'toddler has had the runs and been sick twice since this morning, still drinking'],
];

describe('triage round 16', () => {
  it.each(TABLE)('%s: %s', (level, text) => {
    expect(levelOf(toSimplified(text))).toBe(level);
  });

  it('rewrites parents’ words into the words the sign patterns read', () => {
    expect(canonicalSymptoms('起了一片一片的红疙瘩')).toContain('红点');
    expect(canonicalSymptoms('身子软塌塌的')).toContain('软趴趴');
    expect(canonicalSymptoms('上吐下泻')).toContain('拉肚子');
    expect(canonicalSymptoms("she's been running a temperature since monday")).toContain('has a fever');
    // English words inside Chinese keep the English word and add the Chinese one.
    expect(canonicalSymptoms('吃了egg')).toBe('吃了egg鸡蛋');
    // A temperature that is normal is not a fever.
    expect(canonicalSymptoms('she has a temperature of 36.8')).not.toContain('fever');
  });

  it('reads a fever told as having a temp, and bumps from a knock stay a lump', () => {
    expect(signsOf('he has had a high temp since last night').has('fever')).toBe(true);
    expect(signsOf('从床上摔下来 头上起了个包').has('rash')).toBe(false);
    expect(signsOf('从床上摔下来 头上起了个包').has('head_knock')).toBe(true);
  });

  it('a mosquito bite that itches is not read as a rash after a medicine', () => {
    expect(signsOf('被蚊子叮了 起了个大包 很痒').has('medicine_rash')).toBe(false);
  });

  it('names the illness in the advice', () => {
    const hfmd = triageOf(['发烧38度5 手心和脚底长了小水泡 嘴里也有溃疡']);
    const hfmdSigns = signsOf('发烧38度5 手心和脚底长了小水泡 嘴里也有溃疡');
    expect(triageAdvice(hfmd, hfmdSigns, false).firstSteps).toContain('hfmdFirst');
    expect(triageAdvice(hfmd, hfmdSigns, false).urgent).toContain('hfmd');
    const baby = triageOf(['七个月 感冒流鼻涕 这两天呼吸有点快 喘气的时候呼呼响']);
    const babyAdvice = triageAdvice(baby, signsOf('七个月 感冒流鼻涕 这两天呼吸有点快 喘气的时候呼呼响'), false);
    expect(babyAdvice.firstSteps).toContain('bronchiolitisFirst');
    expect(babyAdvice.firstSteps).not.toContain('croupFirst');
    const bug = triageOf(['两岁 又吐又拉 一个早上了 还肯喝水']);
    expect(triageAdvice(bug, signsOf('两岁 又吐又拉 一个早上了 还肯喝水'), false).watch).toEqual(['gastro', 'gut']);
    const roseola = triageOf(['烧了四天 昨天退烧了 今天脸上身上长了红红的小点点 精神很好']);
    expect(roseola.findings).toEqual(['roseola']);
  });

  it('a named illness asked about in general is no triage', () => {
    expect(levelOf('手足口病会传染吗 要隔离多久')).toBe('none');
    expect(levelOf('手足口病好了多久能去托育点')).toBe('none');
  });
});
