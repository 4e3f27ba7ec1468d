import { describe, expect, it } from 'vitest';
import { parseOutsideRequest } from '../../src/nlu/parseOutsideRequest.ts';
import { splitSegments } from '../../src/nlu/splitRequests.ts';
import { understand } from '../../src/nlu/understand.ts';

/** Round 20: what the parent wants, understood (outside set round 20 and probes und20). */
const now = new Date('2026-11-25T10:00:00+08:00');
const ctx = { now, timeZone: 'Asia/Shanghai' };

describe('where the parent works is not a school asked for', () => {
  it.each([
    'I work at an international school here so I know the guidance for school kids. My daughter is 20 months and watches Peppa Pig while I cook. How much screen time is ok?',
    'I teach Year 2 at an international school in Xiamen. My son is 18 months. What is the recommendation for cartoons at this age?',
    '我在国际学校当老师 孩子一岁了 每天晚上给他读绘本 读多久合适',
  ])('%s', (text) => {
    expect(parseOutsideRequest(text.toLowerCase())).toBeUndefined();
    expect(understand(text, ctx).intent).toBe('knowledge');
  });
  it('a school asked for is still outside the service', () => {
    expect(understand('any good international schools in Huli?', ctx).slots.outOfScopeRequest).toBe('school');
  });
});

describe('a greeting opening a question is the courtesy, not the request', () => {
  it.each([
    'Hello, my baby girl is 6 month now. I start baby food. My husband mother say honey water is good for baby. Can I give honey and egg?',
    'Hi there! My boy is 10 months. My aunt says I can give him cow milk in his cereal already. Is that fine or should I wait?',
    '你好 宝宝八个月了 晚上老是醒好几次 是不是饿了 怎么办',
  ])('%s', (text) => {
    expect(understand(text, ctx).intent).toBe('knowledge');
  });
  it('a greeting alone stays a greeting, and a greeting with a day is the search', () => {
    expect(understand('hello how are you?', ctx).intent).toBe('greeting');
    expect(understand('hi, any half day care sat morning?', ctx).intent).toBe('find_slots');
  });
});

describe('the child told about after an answer, quoting "where is", is about the child', () => {
  const after = { ...ctx, previousIntent: 'knowledge' as const };
  it.each([
    'He understand when I say bring shoes or where is daddy. He bring shoes. This is good?',
    'She does point when I ask where is the cat or where is grandma. Is that a good sign?',
  ])('%s', (text) => {
    expect(understand(text, after).intent).toBe('knowledge');
  });
  it('where the nearest point is stays a point question', () => {
    expect(understand('where is the nearest point?', after).intent).toBe('point_info');
  });
});

describe('"any free … care" asks for free places, not the cost', () => {
  it.each([
    ['any free half-day care this saturday morning in huli? my son is 20 months', 'huli'],
    ["is there any free temporary care this sunday afternoon in siming? she's 2", 'siming'],
  ])('%s', (text, district) => {
    const u = understand(text, ctx);
    expect(u.intent).toBe('find_slots');
    expect(u.slots.district).toBe(district);
  });
  it('whether care is free is still the cost question', () => {
    expect(understand('is the care free?', ctx).intent).toBe('knowledge');
  });
});

describe('run-on voice messages: 还有 + the child after a search question is a second request', () => {
  it.each([
    ['帮我查一下这周六集美有没有临时托还有宝宝一岁最近老是便秘两三天才拉一次拉得很费劲怎么办', 'jimei'],
    ['这周六海沧有临时托吗还有宝宝十个月口水多下巴起了红疹子要擦什么', 'haicang'],
  ])('%s', (text, district) => {
    const u = understand(text, ctx);
    expect(u.requests?.map((r) => r.intent)).toEqual(['find_slots', 'knowledge']);
    expect(u.requests?.[0]?.slots.district).toBe(district);
    expect(u.requests?.[1]?.text.startsWith('还有')).toBe(false);
  });
  it('a list of kinds joined by 还有 is not split', () => {
    expect(splitSegments('周六有没有半日托还有临时托')).toHaveLength(1);
  });
});

describe('a sibling word beside a name is that child', () => {
  it('"那哥哥小安呢 他也可以一起去嗎" under a search is the same search for 小安', () => {
    const u = understand('那哥哥小安呢 他也可以一起去嗎', { ...ctx, childNames: ['小安', '小寧'], searching: true, previousIntent: 'find_slots' });
    expect(u.intent).toBe('find_slots');
    expect(u.slots.child).toEqual({ name: '小安' });
    expect(u.slots.orderedChildren).toBeUndefined();
  });
  it('"and her big brother Leo, can he come along too?" under a search is the same search for Leo', () => {
    const u = understand('and her big brother Leo, can he come along too?', {
      ...ctx,
      childNames: ['Leo', 'Mia'],
      searching: true,
      previousIntent: 'find_slots',
    });
    expect(u.intent).toBe('find_slots');
    expect(u.slots.child).toEqual({ name: 'Leo' });
  });
});
