import { beforeAll, describe, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/KnowledgeBase.ts';
import { expectTopSection, realKnowledgeBase } from '../helpers/realKnowledge.ts';

/**
 * Round 41's knowledge changes on the real documents, one table for the helpers' probe rounds (pol41, par41e, par41z;
 * probe files in test/fixtures/eval-tuning/). Each question is worded apart from its probe file and the documents'
 * question lines.
 */
let kb: KnowledgeBase;

beforeAll(async () => {
  kb = await realKnowledgeBase();
}, 900_000);

// Each row: a question, the language it is searched in, the document and a piece of the heading that must come first.
const SECTIONS: ReadonlyArray<readonly [string, 'zh' | 'en', string, string]> = [
  // pol41: service questions in four languages — a session cancelled because a carer is ill, the nearest point without a location, who stays in a 1-hour class, strangers at the point, and more.
  // a session the point cancels because a carer is ill, and who tells the family
  ['老师生病了 课会不会取消 谁通知我', 'zh', 'service-faq', '台风'],
  ['if the carer is ill, is the session cancelled and who tells me?', 'en', 'service-faq', 'cancelled'],
  // the nearest point without sending a location
  ['不发定位的话 怎么查我家附近的点', 'zh', 'service-faq', '离我最近'],
  ["I don't want to send my location, can I still find a point near me?", 'en', 'service-faq', 'nearest'],
  // who stays with the child in a 1-hour class
  ['一小时的体验课 家长要在教室里陪着还是在外面等', 'zh', 'service-faq', '陪同'],
  // strangers at the point
  ['服务点会不会有外人随便进来 把孩子抱走', 'zh', 'policy-pickup-safety', '安全'],
  // par41e: English parenting as expat and code-switching parents write it, with the Chinese twins of the content changes — white noise (new section), juice, finger foods, the toilet flush, a rough toddler with the newborn, parallel play, hitting a grandparent, "no" to dressing, newborn nails, pushchair naps.
  ['how loud can the white noise machine be in the nursery, we keep it on the whole night', 'en', 'parenting-sleep-routines', 'white noise'],
  ['白噪音机开一整晚 对宝宝耳朵有没有影响', 'zh', 'parenting-sleep-routines', '白噪音'],
  ['my mother in law fills a bottle with apple juice for our 1 year old every day', 'en', 'parenting-toddler-nutrition', 'juice'],
  ['which finger foods are good for an 8 month old who wants to feed himself', 'en', 'parenting-starting-solids', 'finger foods'],
  ['potty training is going ok but she panics and cries whenever the toilet flushes', 'en', 'parenting-toilet-learning', 'toilet-train'],
  ['练如厕 她一听到冲水声就吓哭', 'zh', 'parenting-toilet-learning', '具体怎么做'],
  ['how do I stop my toddler being so rough with the newborn, he pokes her and lies on her', 'en', 'parenting-behaviour-social', 'new baby'],
  ['老大老是压在妹妹身上 戳她眼睛 怎么教他', 'zh', 'parenting-behaviour-social', '二宝'],
  ['my 2 year old only plays next to other children and not with them, is that normal', 'en', 'parenting-behaviour-social', 'share'],
  ['my son hits his grandmother and she just laughs, now he does it all the time', 'en', 'parenting-behaviour-social', 'hits other kids'],
  ['getting my 2 year old dressed in the morning is a battle, she yells no and runs off', 'en', 'parenting-tantrums', '"no"'],
  ['my mum says not to trim the baby nails in the first month but she scratches herself', 'en', 'parenting-newborn-care', 'nails'],
  ['my toddler only takes her naps in the pushchair or the car, never in her cot', 'en', 'parenting-sleep-routines', 'rocked or held'],
  ['孩子只在推车里睡午觉 一放床上就醒', 'zh', 'parenting-sleep-routines', '抱着摇着'],
  // par41z: Chinese parenting as typed and voice-typed — the bottle at bedtime, refusing the toothbrush, night play, snacks, chasing with the bowl, self-feeding, tiptoe walking, a thin child, a comfort blanket, sterilising after one, night nappies, water at four months, a watery eye.
  ['睡前那瓶奶以后漱漱口 是不是就可以不刷牙了', 'zh', 'parenting-teething-oral-care', '含着奶瓶'],
  ['is a drink of water after the night bottle enough instead of brushing?', 'en', 'parenting-teething-oral-care', 'bottle in bed'],
  ['宝宝一看到牙刷就大哭 嘴巴不肯张开', 'zh', 'parenting-teething-oral-care', '开始刷牙'],
  ['半夜醒来精神很好 要玩 怎么让他接着睡', 'zh', 'parenting-sleep-routines', '夜里总是醒'],
  ['爷爷老给孙子买零食 薯片果冻 小孩能吃吗', 'zh', 'parenting-starting-solids', '零食'],
  ['两岁孩子吃饭每顿都要大人追着喂', 'zh', 'parenting-behaviour-social', '挑食'],
  ['宝宝一岁三个月 老想用手去抓米饭吃', 'zh', 'parenting-starting-solids', '自己抓着吃'],
  ['孩子总是用脚尖走路 脚跟不落地', 'zh', 'parenting-motor-milestones', '踮脚走路'],
  ['孩子一直偏瘦 体重比别人轻 要紧吗', 'zh', 'parenting-growth-supplements', '生长曲线'],
  ['安抚巾要不要戒 多大就不需要了', 'zh', 'parenting-safe-sleep', '安抚巾'],
  ['宝宝满周岁了 奶瓶还需要消毒吗', 'zh', 'parenting-formula-feeding', '冲奶粉'],
  ['半夜要不要给宝宝换尿不湿', 'zh', 'parenting-common-concerns', '尿布疹'],
  ['is it okay to leave a wet diaper on overnight for a 4 month old?', 'en', 'parenting-common-concerns', 'nappy rash'],
  ['四个月宝宝天热了要喂水吗', 'zh', 'parenting-toddler-nutrition', '开始喝水'],
  ['宝宝一边眼睛总流泪 眼屎一直有', 'zh', 'parenting-newborn-care', '鼻泪管'],
];

describe('round 41 questions find the section that answers them', () => {
  it.each(SECTIONS)('%s → %s (%s)', async (question, lang, docId, heading) => {
    await expectTopSection(kb, question, lang, docId, heading);
  });
});
