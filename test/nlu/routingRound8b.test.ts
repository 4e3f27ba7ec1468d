import { describe, expect, it } from 'vitest';
import { understand } from '../../src/nlu/understand.ts';

const ctx = { now: new Date('2026-11-25T10:00:00+08:00'), timeZone: 'Asia/Shanghai' }; // a Wednesday

describe('a request for a manager told with a grievance about a carer is a complaint', () => {
  it.each([
    '叫你们负责人出来 那个老师一直在玩手机',
    '我要找你們負責的人 那個老師態度真的很差',
    'I want to speak to a manager, the carer was on her phone the whole time',
    'Get me a supervisor. The lady at the point was scrolling her phone',
  ])('%s', (text) => {
    expect(understand(text, ctx).intent).toBe('complaint');
  });
  it('a manager asked for with no grievance stays a request for a person', () => {
    expect(understand('麻烦帮我找一下你们负责人', ctx).intent).toBe('human');
  });
});

describe('can we book with these papers / coming from elsewhere is an eligibility question', () => {
  it.each(['我們是台灣來的 小孩只有台胞證 可以預約嗎', '孩子只有护照 没有身份证 能预约吗', '我们是外地来的 可以预约吗'])('%s', (text) => {
    expect(understand(text, ctx).intent).toBe('knowledge');
  });
});

describe("a child's name with an age, no child registered, is a child to register", () => {
  it.each([
    ['Lily is 20 months old', 'Lily'],
    ['我家果果一岁半', '果果'],
    ['我們家妞妞十個月大', '妞妞'],
  ])('%s', (text, name) => {
    const u = understand(text, ctx);
    expect(u.intent).toBe('register_child');
    expect(u.slots.childName).toBe(name);
  });
  it('a family with children registered is not asked to register a name told with an age', () => {
    expect(understand('我家果果一岁半', { ...ctx, childNames: ['朵朵'] }).slots.childName).toBeUndefined();
  });
  it('a family word is no name', () => {
    expect(understand('我家宝宝两岁了', ctx).slots.childName).toBeUndefined();
  });
});

describe('an age word after a birth-order word is no name', () => {
  it('老大快四岁了 … 两个能一块儿送过去吗', () => {
    const u = understand('我家老大快四岁了 老二两岁 两个能一块儿送过去吗', ctx);
    expect(u.slots.childName).toBeUndefined();
    expect(u.intent).toBe('knowledge');
  });
  it("'Ella was born on …' registers Ella, not 'Was'", () => {
    const u = understand('My daughter Ella was born on 3 March 2024', ctx);
    expect(u.slots.children?.map((c) => c.name) ?? [u.slots.childName]).toEqual(['Ella']);
  });
});

describe('whether one may book again after a cancel is a rule question, not a cancel', () => {
  it.each(['那取消一個以後可以再約嗎', '要是取消了一次 之后还能重新约吗'])('%s', (text) => {
    expect(understand(text, { ...ctx, childNames: ['安安'] }).intent).toBe('knowledge');
  });
  it('cancelling one booking and booking another is still a cancel', () => {
    expect(understand('帮我把周六的取消 再约周日的', { ...ctx, childNames: ['安安'] }).intent).toBe('cancel');
  });
});

describe('a story of what a teacher said about the child on a phone stays a parenting question', () => {
  it('托班老师说孩子在家老看手机 要怎么戒', () => {
    expect(understand('托班老师说孩子在家老看手机 要怎么戒', ctx).intent).not.toBe('complaint');
  });
});

describe('a number after a birth-order word is an age, not a name', () => {
  it('我們家老大三歲半 老二1歲 可以一起送去嗎', () => {
    const u = understand('我們家老大三歲半 老二1歲 可以一起送去嗎', ctx);
    expect(u.slots.childName).toBeUndefined();
    expect(u.intent).toBe('knowledge');
  });
});
