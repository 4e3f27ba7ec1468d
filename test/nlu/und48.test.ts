import { describe, expect, it } from 'vitest';
import { furtherChildNamed } from '../../src/nlu/furtherChildNamed.ts';
import { namedStartTime, parsePartOfDay } from '../../src/nlu/parsePartOfDay.ts';
import { prepareText } from '../../src/nlu/prepareText.ts';
import { understand } from '../../src/nlu/understand.ts';

const now = new Date('2026-11-25T02:00:00Z'); // Wednesday 10:00 in Xiamen
const ctx = { now, timeZone: 'Asia/Shanghai' };

// Round 48, und48 (test/fixtures/eval-tuning/und48.jsonl): corrections, children, dates and two requests in whole
// conversations.
describe('a further child named without a birth date (round 48)', () => {
  it.each([
    ['另外还有个小的叫圆圆 也帮我加上', ['乐乐'], '圆圆'],
    ['還有一個小的叫芊芊 也幫我加進去', ['宥辰'], '芊芊'],
    ["oh and there's his little sister Mia too, can you add her", ['Leo'], 'Mia'],
    ['please add Mia too', ['Leo'], 'Mia'],
  ])('"%s" registers that name (the birth date is asked next)', (text, childNames, name) => {
    const u = understand(text, { ...ctx, childNames });
    expect(u.intent).toBe('register_child');
    expect(u.slots.childName).toBe(name);
    expect(u.slots.birthDate).toBeUndefined();
  });
  it('a registered child named again is no new child', () => {
    expect(furtherChildNamed(prepareText('还有个叫乐乐的 也加上'), '还有个叫乐乐的 也加上', ['乐乐'])).toBeUndefined();
  });
  it('a name with a day is a booking for that child, not only a registration', () => {
    expect(understand('add Mia to saturday morning in huli', { ...ctx, childNames: ['Leo'] }).intent).not.toBe('register_child');
  });
  it('"她是2025年4月20號生的" gives a date, not a child called 她', () => {
    const u = understand('她是2025年4月20號生的', { ...ctx, childNames: ['宥辰'] });
    expect(u.slots.birthDate).toBe('2025-04-20');
    expect(u.slots.replyName).toBeUndefined();
    expect(u.slots.childName).toBeUndefined();
  });
});

describe('a birth date put right (round 48)', () => {
  it('"哎呀写错了 是2024年10月3号" corrects the registered child, not a child called 哎呀写错了', () => {
    const u = understand('哎呀写错了 是2024年10月3号', { ...ctx, childNames: ['果果'] });
    expect(u.intent).toBe('update_child');
    expect(u.slots.childUpdate?.birthDate).toBe(true);
    expect(u.slots.birthDate).toBe('2024-10-03');
  });
  it.each(['sorry typo, 2024 not 2025', 'not 2025, it’s 2024 sorry', '不对 是2024年的 不是2025年'])('"%s" corrects the year alone', (text) => {
    const u = understand(text.replace('’', "'"), { ...ctx, childNames: ['Leo'] });
    expect(u.intent).toBe('update_child');
    expect(u.slots.childUpdate?.birthYear).toBe(2024);
  });
  it('two years with no slip and no birth word are no correction', () => {
    expect(understand('我们2024年来的厦门 不是2025', { ...ctx, childNames: ['果果'] }).intent).not.toBe('update_child');
  });
});

describe('which child (round 48)', () => {
  it.each([
    ['小的那个不去了 帮她取消吧', -1],
    ['大的不去了 取消吧', 1],
  ])('"%s" cancels the child not going, not the sibling', (text, order) => {
    const u = understand(text, { ...ctx, childNames: ['乐乐', '安安'] });
    expect(u.intent).toBe('cancel');
    expect(u.slots.child).toEqual({ birthOrder: order });
  });
  it('"不是小的" with no cancel is still the other child', () => {
    expect(understand('不是小的 是大的', { ...ctx, childNames: ['乐乐', '安安'] }).slots.child).toEqual({ birthOrder: 1 });
  });
  it.each(['no the other kid, sorry', '不对 是另一个孩子'])('"%s" is the other child of the family', (text) => {
    expect(understand(text, { ...ctx, childNames: ['Leo', 'Mia'] }).slots.child).toEqual({ other: true });
  });
  it('"the other one is closer" is about a place, no child', () => {
    expect(understand('the other one is closer', { ...ctx, childNames: ['Leo', 'Mia'] }).slots.child).toBeUndefined();
  });
  it('"俩kids都要" is every child', () => {
    expect(understand('俩kids都要 这周日afternoon集美', { ...ctx, childNames: ['Ethan', 'Chloe'] }).slots.allChildren).toBe(true);
  });
});

describe('days and times (round 48)', () => {
  it('"下下个weekend的周六" is 12 Dec', () => {
    expect(understand('下下个weekend的周六 思明有位吗 for Chloe', { ...ctx, childNames: ['Chloe'] }).slots.dateRange).toEqual({
      from: '2026-12-12',
      to: '2026-12-12',
    });
  });
  it('"ok what about next weekend then, same day" under a search is a search keeping the weekday', () => {
    const u = understand('ok what about next weekend then, same day', { ...ctx, searching: true, previousIntent: 'find_slots' });
    expect(u.intent).toBe('find_slots');
    expect(u.slots.sameWeekday).toBe(true);
    expect(u.slots.dateRange).toEqual({ from: '2026-12-05', to: '2026-12-06' });
  });
  it('"the 9 o\'clock one" is the morning', () => {
    expect(parsePartOfDay("fine, the 9 o'clock one then")).toBe('morning');
  });
  it.each([
    ['周六上午10点江头那场', '10:00'],
    ['can leo do the 11am at jiangtou on sunday?', '11:00'],
    ['10点前能到 周六江头', undefined],
    ['anything after 2pm at jiangtou', undefined],
    ['9点到12点那个', undefined],
  ])('"%s" names the start time %s', (text, time) => {
    expect(namedStartTime(text)).toBe(time);
  });
});
