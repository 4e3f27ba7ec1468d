import { describe, expect, it } from 'vitest';
import { answeredByServiceRule } from '../../src/nlu/answeredByServiceRule.ts';
import { normalizeText } from '../../src/nlu/normalizeText.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';

/**
 * A service question that names a parenting topic is asked of the service (what the point does, allows or needs); a
 * parenting question that only mentions the point is not. Worded apart from the probe file and the documents' lists.
 */
const asks = (t: string) => answeredByServiceRule(normalizeText(toSimplified(t)));

describe('a question asked of the service', () => {
  it.each([
    '女儿对芒果过敏 你们点里的水果她会不会吃到',
    '儿子夜里要含着奶嘴才睡 去半日托的时候能带吗',
    '孩子还穿纸尿裤 保育员会帮忙换吗',
    '他在吃止咳药水 送托的时候老师能喂吗',
    '我女兒有氣喘 托育時老師可以幫忙嗎',
    'Will the carers warm up her bottle?',
    'my son still wears nappies, do they change them at the point?',
    'She takes an inhaler for asthma — can the staff help with it during the session?',
    '那送去托育点的时候呢',
    '宝宝在家只吃母乳\nand at the point? can the carers give her a bottle?',
  ])('%s', (q) => {
    expect(asks(q)).toBe(true);
  });
});

describe('a parenting question that mentions the point', () => {
  it.each([
    '托育点的老师说她老是推别的小朋友 在家要怎么引导',
    '上完绘本课回来 孩子一直要我讲故事 在家怎么陪他读',
    '送托以后回家就特别黏人 正常吗',
    'The carers told me he hits other children. What should we do?',
    'He enjoyed the gross motor class — what games can we play at home?',
    '宝宝鸡蛋过敏 平时吃东西要注意什么',
    'how do I stop her biting?',
    'at what point should I worry about his speech?',
    // A booking with a clinic, care in general, another nursery, teaching the child.
    '后天约了打疫苗 孩子有点咳嗽 还能打吗',
    'should we pick daycare or a nanny for our 14 month old?',
    'the nursery says she pushes other kids, is that normal?',
    '两岁 在托育点抢别人玩具 怎么教她轮流玩',
  ])('%s', (q) => {
    expect(asks(q)).toBe(false);
  });
});
