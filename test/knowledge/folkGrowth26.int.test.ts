import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/KnowledgeBase.ts';
import { readHealthSigns } from '../../src/safety/healthSigns.ts';
import { expectTopSection, realKnowledgeBase } from '../helpers/realKnowledge.ts';

/**
 * Round 26 (cov26a): what grandparents insist on (黄连水, squeezing a newborn's nipples, pre-chewed food, split pants,
 * 推拿 and 艾灸, 收惊, 冬瓜茶 to 退火, leftover antibiotics) and growth and supplement worries (percentiles, height
 * tonics, weight that stalls, DHA and probiotics; vitamin D and AD drops in common concerns, zinc in toddler
 * nutrition), which had no section and were answered "not covered" or by a neighbour (language milestones for a short
 * child, nail biting for zinc). Worded apart from the documents' question lines.
 */
let kb: KnowledgeBase;

beforeAll(async () => {
  kb = await realKnowledgeBase();
}, 900_000);

describe('round 26 folk-practice and growth questions find the section that answers them', () => {
  it.each([
    ['我妈说新生儿要喝点黄连水把胎毒排出来 真的要喝吗', 'zh', 'parenting-folk-practices', '黄连水'],
    ['女儿才六天 胸口两个小鼓包 奶奶想把里面的奶挤出来', 'zh', 'parenting-folk-practices', '挤乳头'],
    ['婆婆喂饭前总是先放自己嘴里嚼一嚼', 'zh', 'parenting-folk-practices', '嚼碎'],
    ['孩子夜里老哭 阿嬷要带他去庙里收惊', 'zh', 'parenting-folk-practices', '收惊'],
    ['grandpa keeps giving my 8 month old sweet winter melon tea to cool him down', 'en', 'parenting-folk-practices', 'winter melon'],
    ['my toddler is on the 5th percentile for height, the in-laws are panicking', 'en', 'parenting-growth-supplements', 'percentile'],
    ['阿公想買轉骨的中藥給兩歲孫子吃', 'zh', 'parenting-growth-supplements', '转骨'],
    ['should I buy the DHA drops the confinement nanny recommended', 'en', 'parenting-growth-supplements', 'DHA'],
    ['药店说孩子不爱吃饭是缺锌 要买补锌的', 'zh', 'parenting-toddler-nutrition', '锌'],
  ] as const)('%s → %s (%s)', async (q, lang, docId, heading) => {
    await expectTopSection(kb, q, lang, docId, heading);
  });
});

describe('round 26 facts in zh and en', () => {
  const doc = (lang: string, id: string) => readFileSync(`knowledge/${lang}/${id}.md`, 'utf8');
  it('no herbal or sugar water for newborns; coptis and honeysuckle can trigger haemolysis in G6PD deficiency', () => {
    expect(doc('zh', 'parenting-folk-practices')).toMatch(/黄连、金银花可能引起溶血/);
    expect(doc('en', 'parenting-folk-practices')).toMatch(/Coptis and honeysuckle can trigger haemolysis/);
  });
  it("don't squeeze a newborn's swollen breasts", () => {
    expect(doc('zh', 'parenting-folk-practices')).toMatch(/\*\*不要挤。/);
    expect(doc('en', 'parenting-folk-practices')).toMatch(/\*\*Don't squeeze\./);
  });
  it('P3 to P97 is the normal range; falling across two percentile lines needs a doctor', () => {
    expect(doc('zh', 'parenting-growth-supplements')).toMatch(/P3到P97之间都在正常范围/);
    expect(doc('zh', 'parenting-growth-supplements')).toMatch(/跨过两条百分位线/);
    expect(doc('en', 'parenting-growth-supplements')).toMatch(/between the 3rd and 97th percentiles is within the normal range/);
  });
  it('vitamin D 400 IU a day through 0–24 months; AD or D drops, not both', () => {
    expect(doc('zh', 'parenting-common-concerns')).toMatch(/400国际单位（10微克），从出生后数日开始[\s\S]*0—24月龄/);
    expect(doc('en', 'parenting-common-concerns')).toMatch(/don't give AD and D drops together/);
  });
});

describe('a yellow newborn put in the sun is jaundice, not heat', () => {
  it('the folk remedy for jaundice is not heat exposure', () => {
    const { signs } = readHealthSigns('宝宝出生5天 皮肤有点黄 老人说抱出去晒晒太阳就退了');
    expect(signs.has('heat_exposure')).toBe(false);
    expect(signs.has('jaundice')).toBe(true);
  });
  it('an afternoon in the sun with heat signs is still heat exposure', () => {
    expect(readHealthSigns('在太阳底下玩了一个下午 满身大汗 脸通红').signs.has('heat_exposure')).toBe(true);
  });
});
