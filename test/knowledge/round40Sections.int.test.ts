import { beforeAll, describe, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/KnowledgeBase.ts';
import { expectAmongTop, expectTopSection, realKnowledgeBase } from '../helpers/realKnowledge.ts';

/**
 * Round 40's knowledge changes on the real documents, one table for the four helpers' probe rounds (par40e, par40z,
 * pol40e, pol40z; probe files in test/fixtures/eval-tuning/). Each question is worded apart from its probe file and the
 * documents' question lines.
 */
let kb: KnowledgeBase;

beforeAll(async () => {
  kb = await realKnowledgeBase();
}, 900_000);

// Each row: a question, the language it is searched in, the document and a piece of the heading that must come first.
const SECTIONS: ReadonlyArray<readonly [string, 'zh' | 'en', string, string]> = [
  // par40e: English parenting as expat parents write it (with the Chinese twins of each change) — head-banging at
  // bedtime, mucus in the poo, telling the carers about a biting phase, no teeth at a year (zh), a toddler who still
  // takes only purées (new section), nappy brands, suppositories / 开塞露, hair shedding, night sweats, not eating at the
  // childcare point, whole peanuts and seeds.
  ['my one year old rocks and knocks his head on the crib every night to get to sleep', 'en', 'parenting-behaviour-habits', 'bangs his head'],
  ['孩子入睡前老用头去撞床 要紧吗', 'zh', 'parenting-behaviour-habits', '撞头'],
  ["there's slimy stuff in my baby's poo, is it mucus?", 'en', 'parenting-newborn-care', 'poo is green'],
  ['should the childcare staff be warned that my son bites?', 'en', 'parenting-behaviour-social', 'hits other kids'],
  ["my 17 month old refuses anything that isn't pureed and gags on lumps", 'en', 'parenting-starting-solids', 'over 15 months'],
  ['are some diaper brands better for rashes?', 'en', 'parenting-common-concerns', 'nappy rash'],
  ['纸尿裤哪个牌子不容易红屁股', 'zh', 'parenting-common-concerns', '红屁股'],
  ['宝宝好几天没拉 能用开塞露吗', 'zh', 'parenting-common-concerns', '几天不拉'],
  ['our baby is shedding lots of hair at 10 weeks', 'en', 'parenting-newborn-care', 'shave'],
  // ("she refuses lunch at daycare…" and "…is that a no-show on our record?" are near-ties in raw retrieval since round 49's
  // merge; their answers are checked in round49lead.int.test.ts.)
  ['is it safe for a toddler to eat sunflower seeds and whole peanuts?', 'en', 'parenting-starting-solids', 'peanuts'],
  // par40z: Chinese parenting as parents and grandparents type and voice-type it — background TV, how long vitamin D
  // drops go on and cod liver oil, a 2-year-old's attention span (new section), a dummy licked clean, getting ready
  // for 托班, the first spoonful, a whole egg, a grandmother the baby cries at, brand questions and sun under 6 months.
  ['we keep the telly on in the background all day while she plays, is that bad?', 'en', 'parenting-screen-time', 'At what age'],
  ['维D滴剂吃到多大就不用吃了', 'zh', 'parenting-common-concerns', '吃到几岁'],
  ['婆婆买了鱼肝油 说比维生素D滴剂更好', 'zh', 'parenting-common-concerns', '维生素D'],
  ['my mum brought cod liver oil from home for the baby, can it replace his vitamin D?', 'en', 'parenting-common-concerns', 'vitamin D'],
  ['两岁多上课总是坐不住到处跑 会不会是多动症', 'zh', 'parenting-development-early-learning', '专注力'],
  ['my 26 month old only plays with anything for a minute or two, should I worry about ADHD?', 'en', 'parenting-development-early-learning', 'ADHD'],
  ['安抚奶嘴掉地上了 外婆舔干净又给宝宝 这样卫生吗', 'zh', 'parenting-teething-oral-care', '安抚奶嘴'],
  ['下周开始去托班 孩子特别黏我 这几天在家能做点什么', 'zh', 'parenting-separation-anxiety', '第一次去托育点'],
  ['宝宝的第一顿辅食 米粉好还是鸡蛋黄好', 'zh', 'parenting-starting-solids', '第一口辅食'],
  ['七个月宝宝能吃一整个鸡蛋吗 还是只能吃蛋黄', 'zh', 'parenting-starting-solids', '鸡蛋'],
  ['一岁宝宝见到很久没见的外婆就哭 外婆很难过', 'zh', 'parenting-behaviour-social', '认生'],
  ['想换奶粉 到底哪个牌子好一点', 'zh', 'parenting-formula-feeding', '怎么选'],
  // pol40e: service questions as expat and code-switching parents ask them, on the real documents — arriving late
  // because of another class, a missed booking after an illness, moving to another district, group sizes, a
  // grandmother who speaks a dialect, a point's weekly menu, whether points are 正规, a cold without fever, an allergy
  // and own snacks, a repeat weekly booking, praise after a class, waiting nearby the first time.
  [
    "my older son has football until 9 so we'll be about half an hour late to drop-off, will they give our place away?",
    'en',
    'service-practical-questions',
    'arrive late',
  ],
  ['宝宝夜里发烧 那天没去也没取消 算不算爽约', 'zh', 'service-no-show', '预约未到'],
  ["we've just moved from Siming to Jimei, can we keep going to our old point?", 'en', 'service-eligibility', 'one district'],
  ['我们刚从湖里搬到集美 还能继续去湖里那个点吗', 'zh', 'service-eligibility', '另一个区'],
  ['how many kids are in one group at the point?', 'en', 'policy-ratios-standards', 'groups'],
  ['一个班会有多少个孩子 人会不会太多', 'zh', 'policy-ratios-standards', '每班多少孩子'],
  ['his grandpa only speaks Hokkien, will the carers understand him when he collects?', 'en', 'service-faq', 'languages'],
  ['外公只会说闽南话 去接孩子老师听得懂吗', 'zh', 'service-faq', '语言'],
  ['could you share the food menu the point serves this week?', 'en', 'service-practical-questions', 'lunch'],
  ['这些托育点正规吗 有资质没有', 'zh', 'service-overview', '监管'],
  ['流鼻涕 不发烧 这个周日还能送去吗', 'zh', 'policy-health-check', '在家休息'],
  ['牛奶蛋白过敏的孩子 零食能不能自己带', 'zh', 'service-practical-questions', '零食'],
  ['can I get the same Sunday morning slot every week for the next two months?', 'en', 'service-faq', 'every weekend'],
  ['能不能长期固定每周日上午约同一个时间', 'zh', 'service-faq', '每个周末'],
  ['the music class was lovely, how can I pass on some feedback to the teacher?', 'en', 'policy-contact-complaints', 'praise'],
  ["it's his first time, can I wait in a café nearby during the session?", 'en', 'service-faq', 'stay with my child'],
  ['第一次送孩子 我可以在附近等着吗', 'zh', 'service-faq', '陪同'],
  // pol40z: service questions in Chinese on the real documents — feedback and suggestions after using the service (a
  // new section), a cold medicine handed to the carer, whether the carer phones when a child cannot be settled, a
  // temperature a little high in the morning, a parent waiting near the point the first time, why places go so fast.
  ['这次托育结束了 想给你们提几点建议 去哪里说', 'zh', 'policy-contact-complaints', '意见或建议'],
  ['用過以後有一些意見 要在哪裡回饋', 'zh', 'policy-contact-complaints', '意见或建议'],
  ['after the session, where can I send some suggestions?', 'en', 'policy-contact-complaints', 'feedback or suggestions'],
  ['宝宝在吃感冒药 能把药交给老师中午帮着喂吗', 'zh', 'service-what-to-bring', '喂药'],
  ['could the carer give my son his cough medicine at noon?', 'en', 'service-what-to-bring', 'medicine'],
  ['送托以后宝宝哭个不停 老师会不会打电话通知我', 'zh', 'service-faq', '联系家长'],
  ['早上在家量了体温比平时高一点 还能送吗', 'zh', 'policy-health-check', '37.3'],
  ['头一次送托心里不踏实 可以在附近等她吗', 'zh', 'service-faq', '留下陪同'],
  ['为什么名额每次一放出来就被约光了', 'zh', 'service-practical-questions', '约满'],
];

describe('round 40 questions find the section that answers them', () => {
  it.each(SECTIONS)('%s → %s (%s)', async (question, lang, docId, heading) => {
    await expectTopSection(kb, question, lang, docId, heading);
  });
});

// Near-ties in raw retrieval since round 47's merge (scores within a thousandth): the right section is among the first two,
// and the answer quotes it (round47lead.int.test.ts).
describe('near-tie questions still find their section among the first two', () => {
  it.each([['爷爷看电视 孩子在边上玩积木 电视一直响着 对孩子不好吗', 'zh', 'parenting-screen-time', '几岁可以看']] as const)(
    '%s → %s (%s)',
    async (question, lang, docId, heading) => {
      await expectAmongTop(await realKnowledgeBase(), question, lang, docId, heading, 2);
    },
  );
});
