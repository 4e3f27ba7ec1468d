import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en/index.ts';
import { zh } from '../../src/i18n/zh/index.ts';
import { readHealthSigns } from '../../src/safety/healthSigns.ts';
import { triageAdvice } from '../../src/safety/triageAdvice.ts';
import type { TriageLevel } from '../../src/safety/triageSigns.ts';
import { triageSource } from '../../src/safety/triageSources.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';
import { triageOf } from '../helpers/triageOf.ts';

/**
 * Round 27 (saf27): a fever of 3–4 days is a doctor today (AAP), not home care; carbon monoxide from a heater, blood in
 * the poo with crying in bouts (intussusception), hot-water-bottle blisters and a cigarette butt told object-first are
 * emergencies; a hair clip, a loose tooth and a bug bite turning red and hot with a fever are a doctor today; soil is of low toxicity; 'was
 * that a seizure?' about a breath-holding spell or a night terror is not a fit now.
 */
const signsOf = (text: string) => readHealthSigns(toSimplified(text)).signs;
const adviceOf = (text: string) => triageAdvice(triageOf([toSimplified(text)]), signsOf(text), false);

const TABLE: Array<[TriageLevel, string]> = [
  // Fever for 3 days (the lead's case) → a doctor today; 2 days, lively → home care and the signs; 5 days stays amber.
  ['amber', '11 month old has had a fever of 39.5 for 3 days, paracetamol brings it down but it keeps coming back'],
  ['amber', '一歲 已經燒了三天了 吃退燒藥會退 藥效過了又燒起來'],
  ['amber', '两岁 发烧第五天了 每天还是烧到39度 退了又烧'],
  ['watch', '两岁 发烧两天了 精神还可以'],
  // Carbon monoxide: a gas heater in a closed bathroom with dizziness and vomiting → 120; asked about ahead → knowledge.
  ['red', '冬天洗澡开着燃气取暖器 门窗关着 洗完孩子说头晕 吐了 现在昏昏沉沉的'],
  ['red', 'we had the gas heater on all night with the windows shut and now my toddler has a headache and is vomiting'],
  // A hot-water bottle or electric blanket burn with a blister → the emergency department; no burn word needed.
  ['red', '冬天怕冷放了熱水袋在被子裡 早上發現小孩小腿紅了一塊 還起了水泡'],
  ['red', 'the hot water bottle left a blister on her foot overnight'],
  // Blood in the poo with crying in bouts or the legs drawn up → 120 / emergency (intussusception).
  ['red', "there's red blood mixed in my 9 month old's poo, and he keeps screaming on and off and pulling his legs up"],
  ['red', '宝宝大便带血 一阵一阵地哭 腿往肚子上缩'],
  // Blood streaks on a hard poo after constipation, with no crying bouts: still a doctor today, not 120.
  ['amber', '两岁 便秘了三天 今天拉出来的便便上有一点血丝'],
  // A cigarette butt eaten, told object first → a poison (120 / the emergency department), like one told verb first.
  ['red', '一歲半 在地上撿到菸蒂 吃掉半根了 怎麼辦'],
  ['red', 'my toddler ate a cigarette butt from the ashtray'],
  ['red', '孩子把烟头吃了'],
  // A hair clip or a safety pin swallowed → a doctor today (an X-ray), not the knowledge base.
  ['amber', '女兒把一個小小的金屬髮夾吞下去了 一歲十個月 目前看起來沒事'],
  ['amber', 'I think my son swallowed a bobby pin'],
  // A loose tooth after a fall → the tooth's advice (a dentist today).
  ['amber', '跌倒撞到門牙 牙齒有點鬆鬆的 牙齦一直流血 兩歲'],
  // Soil from a plant pot → low toxicity, watched; the pot is not a plant eaten.
  ['watch', '寶寶在陽台抓盆栽的土來吃 吃了幾口 會不會怎樣'],
  ['amber', '孩子把绿萝的叶子咬了几口'],
  // A bug bite spreading, hot and with a fever → a doctor today; a plain itchy mosquito bite is not triaged.
  ['amber', "bug bite on his leg yesterday, today the redness is spreading, it's hot to touch and he has a temperature"],
  ['none', 'mosquito bite on her arm is itchy, what can I put on it'],
  // Hot in a car with no aircon, sweaty and red → cool down and watch; floppy → 120.
  ['watch', 'stuck in traffic for an hour without aircon, my 1 year old is very sweaty, red faced and fussy'],
  ['red', 'stuck in traffic for an hour without aircon, my 1 year old is very sweaty || she is now floppy and not really responding'],
  // 'Was that a seizure?' about a breath-holding spell or a night terror: not a fit now.
  ['watch', 'my 15 month old cries, holds her breath, goes blue and kind of floppy for a few seconds then comes round. was that a seizure?'],
  ['none', '两岁 半夜突然尖叫 眼睛睁着 好像不认识我 哄也哄不好 十来分钟又睡了 第二天什么都不记得 是不是抽风'],
  // … but jerking or eyes rolling up, asked the same way, is still a fit.
  ['red', '半夜突然尖叫 然后手脚一直抖 眼睛往上翻 是不是抽风'],
  ['red', 'she was screaming in her sleep and then her arms and legs were jerking, was that a seizure?'],
  // A red, hard injection site after jabs → the vaccine watch list (with the cold compress).
  ['watch', '宝宝打完疫苗后 injection site 肿了一个硬块 很红 要不要去医院'],
];

describe('triage round 27', () => {
  it.each(TABLE)('%s: %s', (level, text) => {
    expect(triageOf(text.split(' || ').map(toSimplified)).level).toBe(level);
  });

  it('a fever of 3 days gives its own reason, the fever signs and the amber fever section', () => {
    const a = adviceOf('11 month old has had a fever of 39.5 for 3 days, paracetamol brings it down but it keeps coming back');
    expect(a.reasons).toEqual(['fever_3_days']);
    expect(a.urgent).toContain('fever');
    expect(a.sections).toContain('fever_amber');
    expect(en.triage.reason.fever_3_days).toMatch(/3 days/);
    expect(zh.triage.reason.fever_3_days).toMatch(/3天/);
  });

  it('carbon monoxide: out into fresh air first, cited from the winter-heating section', () => {
    const a = adviceOf('冬天洗澡开着燃气取暖器 门窗关着 洗完孩子说头晕 吐了 现在昏昏沉沉的');
    expect(a.firstAid[0]).toBe('carbon_monoxide');
    expect(a.firstAid).not.toContain('dehydration');
    expect(a.sections).toContain('winter_heat');
    expect(zh.triage.firstAid.carbon_monoxide).toMatch(/开.{0,2}门窗/);
    expect(triageSource('winter_heat', 'en')?.docId).toBe('parenting-first-aid');
  });

  it('a hot-water-bottle burn gets the burn first aid and the line about heat sources in bed', () => {
    const a = adviceOf('冬天怕冷放了熱水袋在被子裡 早上發現小孩小腿紅了一塊 還起了水泡');
    expect(a.firstAid).toContain('burn');
    expect(a.firstAid).toContain('burn_heat_pad');
    expect(a.sections).toEqual(expect.arrayContaining(['burn', 'winter_heat']));
  });

  it('a burn alone leads with the emergency department, 120 still named', () => {
    const t = triageOf([toSimplified('寶寶的手被開水燙到 起了一個水泡')]);
    expect(t.level).toBe('red');
    expect(t.findings.every((f) => f === 'serious_burn' || f === 'infant_burn')).toBe(true);
    for (const w of [zh, en]) {
      expect(w.triage.callNowBurn.slice(0, 80)).toMatch(/急诊|emergency department/);
      expect(w.triage.callNowBurn).toMatch(/120/);
    }
  });

  it('intussusception: nothing to eat or drink, cited from the urgent-signs section', () => {
    const a = adviceOf("there's red blood mixed in my 9 month old's poo, and he keeps screaming on and off and pulling his legs up");
    expect(a.firstAid).toContain('intussusception');
    expect(a.sections).toContain('other_urgent');
  });

  it('a cigarette butt or e-cigarette liquid: the poison first aid, the nicotine line and the tobacco section', () => {
    for (const text of ['一歲半 在地上撿到菸蒂 吃掉半根了 怎麼辦', '孩子把他爸的电子烟烟弹咬开了 嘴里好像吸了一些烟油 两岁']) {
      const a = adviceOf(text);
      expect(a.firstAid).toEqual(expect.arrayContaining(['poison', 'tobacco']));
      expect(a.sections).toContain('tobacco');
    }
    expect(zh.triage.firstAid.tobacco).toMatch(/尼古丁/);
  });

  it('a night terror asked about as a fit is read as a night terror, not an inconsolable cry', () => {
    const s = signsOf('两岁 半夜突然尖叫 眼睛睁着 好像不认识我 哄也哄不好 十来分钟又睡了 第二天什么都不记得 是不是抽风');
    expect(s.has('seizure')).toBe(false);
    expect(s.has('inconsolable')).toBe(false);
    expect(s.has('night_terror')).toBe(true);
  });

  it('the vaccine watch list mentions a cold compress for the injection site', () => {
    expect(zh.triage.watch.vaccine).toMatch(/冷敷/);
    expect(en.triage.watch.vaccine).toMatch(/cool, wet cloth/);
  });
});

describe('triage round 27: a fever of 3 days that is over', () => {
  it.each([
    '宝宝十个月 烧了三天 三十九度多 今天烧退了 身上背上起了一片粉红色的小疹子 不痒 精神还行',
    '兒子九個月 高燒燒了三天 今天退燒了 結果身上冒出一顆一顆紅紅的 是玫瑰疹嗎',
  ])('is roseola, not a doctor for the days: %s', (text) => {
    expect(triageOf([toSimplified(text)]).findings).not.toContain('fever_3_days');
  });
});
