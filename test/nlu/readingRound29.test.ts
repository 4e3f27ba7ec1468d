import { describe, expect, it } from 'vitest';
import { understand } from '../../src/nlu/understand.ts';
import { childrenNotGoing } from '../../src/nlu/parseChildren.ts';
import { parseChildName } from '../../src/nlu/parseChildName.ts';
import { parseReplyName } from '../../src/nlu/parseReplyName.ts';

const ctx = { now: new Date('2026-11-25T02:00:00Z'), timeZone: 'Asia/Shanghai' };

// Round 29, the lead's fresh messages (test/fixtures/eval-tuning/lead29.jsonl) and trying the assistant as a parent.
describe('a child said not to be going while another is picked (round 29)', () => {
  it.each([
    ["actually just Ava, Noah has a doctor's appointment that morning", ['Ava', 'Noah'], ['Noah']],
    ['Noah stays home, just Ava', ['Ava', 'Noah'], ['Noah']],
    ['只有朵朵去 果果那天要打疫苗', ['朵朵', '果果'], ['果果']],
  ])('%s', (text, names, out) => {
    expect(childrenNotGoing(text, names)).toEqual(out);
    expect(understand(text, { ...ctx, childNames: names }).slots.childrenNotGoing).toEqual(out);
  });
  it.each([
    ['just Ava please', ['Ava', 'Noah']],
    ['Ava and Noah saturday morning siming', ['Ava', 'Noah']],
    ['Noah has a cold', ['Noah']],
  ])('none in "%s"', (text, names) => {
    expect(childrenNotGoing(text, names)).toEqual([]);
  });
});

describe('a birthday changed before any child is registered (round 29)', () => {
  it('names the child whose birthday it is', () => {
    const u = understand('帮我把果果的生日改成2025年6月20号', ctx);
    expect(u.intent).toBe('update_child');
    expect(u.slots.child).toEqual({ name: '果果' });
    expect(u.slots.birthDate).toBe('2025-06-20');
  });
  it.each(['孩子的生日登记错了 应该是2025年6月20号', '把我女儿的生日改成2025年6月20号'])('"%s" names no one', (text) => {
    const u = understand(text, ctx);
    expect(u.intent).toBe('update_child');
    expect(u.slots.child).toBeUndefined();
  });
});

describe('a move of a booking put as a question is a move (round 29)', () => {
  it.each([
    ['周六那个改到下周日 可以吗', '2026-12-06'],
    ["这周六 can't make it 了, 改 next Sunday 同一个时间 可以吗", '2026-12-06'],
    ["can't do saturday, move it to sunday please", '2026-11-29'],
  ])('%s', (text, day) => {
    const u = understand(text, { ...ctx, childNames: ['Emma'] });
    expect(u.intent).toBe('reschedule');
    expect(u.slots.dateRange?.from).toBe(day);
  });
  it('asking whether bookings can be changed at all stays a question about the rule', () => {
    expect(understand('预约改期要提前多久', ctx).intent).toBe('knowledge');
  });
});

describe('who a booking is for, named in English (round 29)', () => {
  it.each([
    ['Book Sophie in for saturday morning in siming please', 'Sophie'],
    ['saturday morning in siming for Sophie please', 'Sophie'],
  ])('%s', (text, name) => {
    expect(parseChildName(text.toLowerCase(), text)).toBe(name);
  });
  it.each(['book for Saturday please', 'book it for Sunday', 'sign up for Siming please'])('"%s" names no one', (text) => {
    expect(parseChildName(text.toLowerCase(), text)).toBeUndefined();
  });
  it('"she was born 2025-01-15" gives no name', () => {
    expect(parseReplyName('she was born 2025-01-15', { birthDate: '2025-01-15' })).toBeUndefined();
  });
});

describe("parenting questions that carry list, shop or day words (round 29, helpers' leftovers)", () => {
  it.each(['宝宝6个月了 准备加辅食 第一口要给什么比较好', '第一颗牙什么时候长', '第一步应该怎么做'])('"%s" picks no list item', (text) => {
    const u = understand(text, ctx);
    expect(u.slots.ordinal).toBeUndefined();
    expect(u.intent).not.toBe('book');
  });
  it('"约第一个" still picks', () => {
    expect(understand('约第一个', ctx).slots.ordinal).toBe(1);
  });
  it.each(['宝宝老是积食 哪里有靠谱的小儿推拿 给个店名', 'where can I find a baby massage place'])('"%s" asks about a shop, not for places', (text) => {
    expect(understand(text, ctx).intent).toBe('knowledge');
  });
  it('"湖里哪里有托育点" is still a search', () => {
    expect(understand('湖里哪里有托育点', ctx).intent).toBe('find_slots');
  });
  it('"hi, my son is 6 months next week…" asks about food, not for places next week', () => {
    const u = understand('hi, my son is 6 months next week. is there a right order for first foods?', ctx);
    expect(u.intent).toBe('knowledge');
    expect(u.slots.dateOfAge).toBe(true);
  });
  it('"hi, any half day care sat morning?" is still a search', () => {
    expect(understand('hi, any half day care sat morning?', ctx).intent).toBe('find_slots');
  });
});
