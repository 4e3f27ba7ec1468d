import { describe, expect, it } from 'vitest';
import { readChineseInEnglish } from '../../src/knowledge/readChineseInEnglish.ts';
import { readCodeSwitched } from '../../src/knowledge/readCodeSwitched.ts';
import { parseOutsideRequest } from '../../src/nlu/parseOutsideRequest.ts';
import { prepareText } from '../../src/nlu/prepareText.ts';
import { understand } from '../../src/nlu/understand.ts';

/**
 * Round 32 (par32e): expat parents' English and code-switched parenting questions that read as something else — a nap
 * "dropped" read as a cancellation, "would that help?" as the menu, an age for repellent or a pool as the points' age
 * range, a teacher's complaint about the child as a complaint about us, kindergarten readiness as enrolment.
 */
const ctx = { now: new Date('2026-11-25T10:00:00+08:00'), timeZone: 'Asia/Shanghai' };

describe('parenting questions that are no service request', () => {
  it.each([
    "my 2 yr 9 month old fights her nap every day and when she does nap she's up till 10pm. time to drop it?",
    'would putting her to bed later help?',
    "from what age can I use DEET on my baby? she's 5 months",
    'Can my 3 month old go in the swimming pool at our 小区? grandma says 会着凉',
    '我家18个月的在 nursery 经常咬人 biting，老师投诉了，怎么办',
    '宝宝2岁半，明年想上 international kindergarten 还是公立幼儿园，怎么判断她 ready 了？',
  ])('%s', (text) => {
    expect(understand(text, ctx).intent).toBe('knowledge');
  });
});

describe('the service requests stay what they were', () => {
  it.each([
    ['help', 'help'],
    ['can you help me?', 'help'],
    ['please drop my saturday booking', 'cancel'],
    ['is 5 months old enough?', 'can_attend'],
    ['我要投诉老师，她打了我孩子', 'complaint'],
  ] as const)('%s → %s', (text, intent) => {
    expect(understand(text, ctx).intent).toBe(intent);
  });
  it.each(['明年九月要上幼儿园了 要怎么报名', 'which 国际幼儿园 in Huli is the best?'])('%s is still a kindergarten request', (text) => {
    expect(parseOutsideRequest(prepareText(text))).toBe('school');
  });
});

describe('Xiamen words read for the search', () => {
  it.each([
    ['开裆裤 split pants 卫生吗', '开裆裤 开裆裤 卫生吗'],
    ['娃每天5点就醒 early rising', '娃每天5点就醒 早醒'],
    ['奶奶给宝宝穿好多 layers', '奶奶给宝宝穿好多 层衣服'],
    ['我们家 Chinese + English 双语', '我们家 中文 + 英语 双语'],
    ['婆婆非要给他戴个 hat 睡觉', '婆婆非要给他戴个 帽子 睡觉'],
  ])('%s', (text, read) => {
    expect(readCodeSwitched(text)).toBe(read);
  });
  it('a Didi in an English question is a taxi', () => {
    expect(readChineseInEnglish('is it safe to take my baby in a 滴滴 without a car seat')).toContain('taxi');
  });
});
