import { describe, expect, it } from 'vitest';
import { understand } from '../../src/nlu/understand.ts';

const ctx = { now: new Date('2026-11-25T02:00:00Z'), timeZone: 'Asia/Shanghai' };

// A message that tells the child's age and then what worries the parent, asking for no care, is a parenting question;
// an age told alone (the answer to "how old?") is still a search for that age.
describe('an age told with a story about the child', () => {
  it.each([
    '我女儿两岁 最近特别怕黑 晚上不敢一个人睡',
    '宝宝3个月 奶奶非要给他垫个小枕头 说不然头睡扁了',
    '兒子兩歲了只會叫爸爸媽媽 其他的都不講 好擔心',
    "she's 18 months and throws everything",
    'my toddler is 20 months and eats only rice and noodles, no vegetables at all',
  ])('is a question: %s', (text) => {
    const u = understand(text, ctx);
    expect(u.intent).toBe('knowledge');
  });

  it.each(['我家宝宝两岁半了', 'my son is 2 years old', "he's 2 and a half", '宝宝18个月大 是个女孩'])('is a search for that age: %s', (text) => {
    const u = understand(text, ctx);
    expect(u.intent).toBe('find_slots');
    expect(u.slots.childAgeMonths).toBeGreaterThan(0);
  });

  it('still searches when the story asks for care', () => {
    expect(understand('孩子两岁半 周末想找个地方托一下', ctx).intent).toBe('find_slots');
  });
});

// The day a child reaches an age, inside a question that asks for no care, is the question's setting, not a day to search.
describe('the day an age is reached', () => {
  it('is not searched in a parenting question', () => {
    const u = understand('宝宝下个月就满一岁了 到时候可以直接喝纯牛奶了吗', ctx);
    expect(u.intent).toBe('knowledge');
  });
  it('is still the day asked for when care is asked', () => {
    const u = understand('周六满6个月了 湖里有位吗', ctx);
    expect(u.intent).toBe('find_slots');
    expect(u.slots.dateRange).toEqual({ from: '2026-11-28', to: '2026-11-28' });
  });
});
