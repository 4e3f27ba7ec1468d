import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/KnowledgeBase.ts';
import { realKnowledgeBase } from '../helpers/realKnowledge.ts';

/**
 * Round 18 (parenting answers): grandparents' beliefs that got "资料里没有" — 积食 and digestive tablets,
 * 上火 and cooling tea for mouth blisters, steroid cream for eczema, rocking to sleep — and everyday questions that
 * met a neighbouring section: a late sleeper starting nursery, a breastfed baby refusing the bottle, practising
 * crawling, always making the older child give way, green oil on mosquito bites; and (English and mixed, from parents who write English as a second language) honey
 * for a cough before 1, a mosquito coil burning in the bedroom, a child never left before starting weekend care, a
 * steroid cream from abroad. Worded apart from the tuning sets and the documents' question lines.
 */
let kb: KnowledgeBase;

beforeAll(async () => {
  kb = await realKnowledgeBase();
});

describe('round 18 questions find the section that answers them', () => {
  it.each([
    ['外婆说宝宝积食了 舌头上白白一层 要不要买消食的药', 'zh', 'parenting-common-concerns', '积食'],
    ['my mother-in-law wants to give him digestive tablets for food stagnation', 'en', 'parenting-common-concerns', 'food stagnation'],
    ['奶奶说孩子上火了 嘴里破了好几个口子 要煮凉茶给他喝', 'zh', 'parenting-common-concerns', '上火'],
    ['grandpa wants to give my toddler cooling tea for the sores in her mouth', 'en', 'parenting-common-concerns', 'cooling tea'],
    ['儿科开了氢化可的松 我婆婆说激素伤身体 不让擦', 'zh', 'parenting-common-concerns', '激素药膏'],
    ['宝宝一定要抱着走来走去才睡着 放床上马上醒', 'zh', 'parenting-sleep-routines', '抱着摇着'],
    ['we have to rock her for ages and she wakes the second she touches the cot', 'en', 'parenting-sleep-routines', 'rocked or held'],
    ['孩子快上托班了 每天十二点才睡 早上起不来 怎么调整', 'zh', 'parenting-sleep-routines', '作息怎么调早'],
    ['奶奶说要哥哥让着妹妹 这样好吗', 'zh', 'parenting-behaviour-social', '二宝'],
    ['纯母乳的宝宝死活不要奶瓶 怎么办', 'zh', 'parenting-breastfeeding', '不肯用奶瓶'],
    ['宝宝十个月了只会趴着转圈 怎么教他往前爬', 'zh', 'parenting-motor-milestones', '还不会爬'],
    ['奶奶拿风油精给宝宝擦蚊子包 可以吗', 'zh', 'parenting-first-aid', '绿油精'],
    // (The bites section also says it, since round 18's safety work: either answers.)
    ['is tiger balm ok on my 1 year old’s bites', 'en', 'parenting-first-aid', 'bite'],
    ['my 10 month old is coughing, is a spoon of honey in warm water ok?', 'en', 'parenting-starting-solids', 'honey'],
    ['my mum lights a mosquito coil in the nursery every evening, is the smoke bad for the baby?', 'en', 'parenting-weather-travel', 'mosquitoes'],
    ['外婆天天晚上在宝宝房间点蚊香 烟有没有影响', 'zh', 'parenting-weather-travel', '防蚊'],
    ['we light 蚊香 in the baby room at night, is that ok?', 'en', 'parenting-weather-travel', 'mosquitoes'],
    ['he has never been away from me, how do I prepare him for his first time at the care point?', 'en', 'parenting-separation-anxiety', 'settle into'],
    ['the cream from the pharmacy back home has steroid in it, can I put it on my baby?', 'en', 'parenting-common-concerns', 'eczema'],
  ] as const)('%s → %s (%s)', async (q, lang, docId, heading) => {
    const [top] = await kb.search(q, { lang, k: 3 });
    expect(top?.docId).toBe(docId);
    expect(top?.headingPath.toLowerCase()).toContain(heading.toLowerCase());
  });
});

/** The facts a parent needs, in both languages (the documents are kept parallel). */
describe('round 18 facts in zh and en', () => {
  const doc = (lang: string, id: string) => readFileSync(`knowledge/${lang}/${id}.md`, 'utf8');
  it.each([
    [
      'parenting-common-concerns',
      ['一般不需要吃药', '不建议给1—3岁的孩子喝凉茶', '按医嘱薄薄涂、短期用，是安全的', '不建议经常用'],
      [
        'usually need no medicine',
        'not recommended for children under 3',
        'applied thinly for a short time as instructed, is safe',
        'not recommended regularly',
      ],
    ],
    ['parenting-sleep-routines', ['困了但还醒着', '往前提早约15分钟'], ['drowsy but awake', 'about 15 minutes earlier']],
    ['parenting-behaviour-social', ['不要总要老大让着小的'], ["Don't always make the older one give way"]],
    ['parenting-breastfeeding', ['让妈妈以外的人来喂'], ['let someone other than the mother offer it']],
    ['parenting-starting-solids', ['不需要刻意推迟'], ["don't need to be delayed"]],
    ['parenting-first-aid', ['不建议给婴幼儿擦绿油精、风油精、清凉油'], ['not recommended for babies and toddlers, especially under 2']],
    ['parenting-weather-travel', ['75—137支香烟', '不要在孩子睡觉或玩耍的密闭房间里点'], ['75–137 cigarettes', "don't burn coils in a closed room"]],
    ['parenting-common-concerns', ['激素药膏', '只有医生给孩子开了才用'], ['steroid cream', 'only when a doctor has prescribed it']],
    [
      'parenting-separation-anxiety',
      ['先在家练习短暂分开', '离开房间时说一声'],
      ['Practise short separations at home', 'When you leave the room, say briefly'],
    ],
    ['parenting-behaviour-social', ['让孩子坐在餐桌旁和大人一起吃'], ['sit them at the table and eat with them']],
  ] as const)('%s', (id, zh, en) => {
    for (const f of zh) expect(doc('zh', id)).toContain(f);
    for (const f of en) expect(doc('en', id)).toContain(f);
  });
});
