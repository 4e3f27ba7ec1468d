import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/KnowledgeBase.ts';
import { expectAmongTop, expectTopSection, realKnowledgeBase } from '../helpers/realKnowledge.ts';

/**
 * Round 42's knowledge changes on the real documents, one table for the helpers' probe rounds (par42e, par42t, pol42;
 * probe files in test/fixtures/eval-tuning/). Each question is worded apart from its probe file and the documents'
 * question lines; Taiwan words (嘴破, 退奶, 注音) are searched as the bot searches them, in Simplified.
 */
let kb: KnowledgeBase;

beforeAll(async () => {
  kb = await realKnowledgeBase();
}, 900_000);

// Each row: a question, the language it is searched in, the document and a piece of the heading that must come first.
const SECTIONS: ReadonlyArray<readonly [string, 'zh' | 'en', string, string]> = [
  // par42e: English parenting as expat and code-switching parents write it, with the Chinese twins of the changes.
  // a long train or car journey with a toddler (new section)
  ['any advice for a five hour bullet train ride with a toddler on my own?', 'en', 'parenting-weather-travel', 'long train'],
  ['自己一个人带孩子坐五个小时动车 怎么熬过去', 'zh', 'parenting-weather-travel', '长途高铁'],
  // blaming a baby sibling (lying at nearly three)
  ["she's almost three and lies about spilling things, blaming her baby brother — what do I do?", 'en', 'parenting-behaviour-guidance', 'lies'],
  ['快三岁了 自己做错事总说是弟弟做的', 'zh', 'parenting-behaviour-guidance', '说谎'],
  // pear or prune purée for hard poos after starting solids
  ['is prune puree ok for my 6 month old with hard poos', 'en', 'parenting-common-concerns', 'constipated'],
  // how long heat rash lasts
  ['how long will the prickly heat on her back last', 'en', 'parenting-first-aid', 'heat rash'],
  // a dad who feels left out while mum breastfeeds
  ['as the dad of a breastfed baby I feel useless, how do I bond with her?', 'en', 'parenting-family-life', 'dad'],
  // an itchy, swollen mosquito bite
  ['the mosquito bite on his arm is so itchy and puffy, what can I do', 'en', 'parenting-first-aid', 'mosquito'],
  // par42t: Traditional Chinese parenting as Taiwan families write it.
  // the side or tummy-down hold for a colicky baby
  ['肠绞痛哭的时候 让他趴在我手臂上抱 这样有用吗', 'zh', 'parenting-crying-calming', '哄好'],
  // mouth ulcers, the Taiwan word 嘴破
  ['嘴破好几个 一吃饭就哭 只喝得下水', 'zh', 'parenting-common-concerns', '上火'],
  // a walker and bow legs
  ['can a baby walker give my son bow legs', 'en', 'parenting-motor-milestones', 'walkers'],
  // 注音 flashcards at two
  ['教两岁的小孩注音和英文字卡 以后会比较聪明吗', 'zh', 'parenting-development-early-learning', '闪卡'],
  // 退奶 for a pumping mother
  ['我要退奶了 怎么退比较不会胀痛', 'zh', 'parenting-breastfeeding', '断奶'],
  // one-on-one time with the older child
  ['给老大的一对一时间怎么安排比较好', 'zh', 'parenting-behaviour-social', '二宝'],
  // Taiwan is in Xiamen's time zone
  ['flying Xiamen to Taipei with a toddler, will there be any time difference', 'en', 'parenting-weather-travel', 'jet lag'],
  // code-switched pumping
  ['back to work 以后 pump 出来的奶 fridge 里能放几天', 'zh', 'parenting-breastfeeding', '储存'],
  // the Taiwan and mainland vaccine schedules
  ['台湾和大陆的预防针时程不一样 怎么衔接', 'zh', 'parenting-vaccination', '接种时间表'],
  // pol42: service questions — a reminder, a wrong date of birth, who tells the family when a point closes.
  // a reminder: when it comes and what it says
  ['约了以后你们会不会提醒我 一般什么时候发', 'zh', 'service-how-to-book', '收到什么'],
  // a date of birth entered wrongly
  ["I typed my son's date of birth wrong when I registered, can it be corrected?", 'en', 'service-how-to-book', 'register'],
  // a point closed: who tells the family
  ['if the centre closes that day will someone let me know, or do I need to keep checking?', 'en', 'service-change-cancel', 'point cancels'],
];

describe('round 42 questions find the section that answers them', () => {
  it.each(SECTIONS)('%s → %s (%s)', async (question, lang, docId, heading) => {
    await expectTopSection(kb, question, lang, docId, heading);
  });
});

// par42t: each row a question, its language, and words the first section must now say (added this round).
const SAYS: ReadonlyArray<readonly [string, 'zh' | 'en', string, RegExp]> = [
  ['would holding her tummy down on my forearm help the colic crying', 'en', 'parenting-crying-calming', /tiger in the tree/],
  ['学步车坐太久腿会变成O型吗', 'zh', 'parenting-motor-milestones', /O型腿.{0,20}正常/],
  ['从厦门飞台北 小孩要不要倒时差', 'zh', 'parenting-weather-travel', /台湾.{0,10}没有时差/],
  ['看平板会把眼睛看坏吗 一天能看多久', 'zh', 'parenting-screen-time', /近视/],
];

describe('round 42 sections say what the question needs', () => {
  it.each(SAYS)('%s (%s) → %s says %s', async (question, lang, docId, says) => {
    const [top] = await kb.search(question, { lang, k: 3 });
    expect(top?.docId).toBe(docId);
    expect(top?.content).toMatch(says);
  });
});

// Near-ties in raw retrieval since round 47's merge (scores within a thousandth): the right section is among the first two,
// and the answer quotes it (round47lead.int.test.ts).
describe('near-tie questions still find their section among the first two', () => {
  it.each([['every time the pacifier drops out at night he wakes up crying', 'en', 'parenting-teething-oral-care', 'pacifier']] as const)(
    '%s → %s (%s)',
    async (question, lang, docId, heading) => {
      await expectAmongTop(await realKnowledgeBase(), question, lang, docId, heading, 2);
    },
  );
});
