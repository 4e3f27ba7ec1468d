import { describe, expect, it } from 'vitest';
import { parseAge } from '../../src/nlu/parseAge.ts';
import { understand } from '../../src/nlu/understand.ts';

const ctx = { now: new Date('2026-11-25T10:00:00+08:00'), timeZone: 'Asia/Shanghai' }; // a Wednesday

describe('a cancellation, the staff, a complaint or a booking named as the topic of a question is a question', () => {
  it.each([
    // cancellation words as the topic
    "What's the cut-off for cancelling a session?",
    'Typhoon warning today, are sessions cancelled automatically?',
    'typhoon 的话 session 会 cancel 吗',
    '我 late cancel 了三次 会被 ban 吗',
    '取消以后能不能马上再约别的',
    // staff words as the topic, not asking for a person
    '那我可以跟老师说不要拍吗',
    'Do staff take photos of the kids?',
    '工作人员几点下班',
    // asking about complaints
    '如果我投訴的話 大概多久會有回覆',
    'If I make a complaint, when will I hear back?',
    '对服务不满意可以打12345吗',
    // booking and registration words as the topic
    '兩歲半的孩子是分在哪一班',
    '我能不能不用真名登记孩子',
    '双胞胎要分开预约吗',
    'my son is 37.4, can I still drop him off?',
    '暂停期间能排候补吗',
    '服務點有分兩種嗎',
  ])('%s', (text) => {
    const u = understand(text, ctx);
    expect(u.intent).toBe('knowledge');
    expect(u.slots.childName).toBeUndefined();
    expect(u.slots.replyName).toBeUndefined();
    expect(u.requests).toBeUndefined();
  });

  it('the requests themselves stay requests', () => {
    expect(understand('帮我取消周六的预约', ctx).intent).toBe('cancel');
    expect(understand('I want to make a complaint', ctx).intent).toBe('complaint');
    expect(understand('我要投诉', ctx).intent).toBe('complaint');
    expect(understand('我要找工作人员', ctx).intent).toBe('human');
    expect(understand('please cancel my Saturday booking', ctx).intent).toBe('cancel');
    expect(understand('孩子的名字是乐乐', ctx).slots.childName).toBe('乐乐');
    expect(understand('台风天帮我取消周六的', ctx).intent).toBe('cancel');
    expect(understand('cancel my Saturday booking because of the typhoon', ctx).intent).toBe('cancel');
    expect(understand('我会取消的 周六那个帮我取消', ctx).intent).toBe('cancel');
    expect(understand('is my booking cancelled?', ctx).intent).toBe('my_bookings');
    expect(understand('我的预约是不是被取消了', ctx).intent).toBe('my_bookings');
    expect(understand('老师拍了孩子的照片发群里 我很生气', ctx).intent).toBe('complaint');
    expect(understand("my complaint hasn't been answered, how long does it take", ctx).intent).toBe('complaint');
    expect(understand('Can the staff call me?', ctx).intent).toBe('human');
    expect(understand('两个孩子分开约 老大周六 老二周日', ctx).intent).not.toBe('knowledge');
    expect(understand("the teacher took photos without asking, I'm furious", ctx).intent).toBe('complaint');
    expect(understand('can I ask them not to take photos', ctx).intent).toBe('knowledge');
    expect(understand('can the staff book it for me?', ctx).intent).toBe('book');
  });
});

describe('a child hurt at a point, the carers blamed', () => {
  it('is a complaint, and a fall at home stays a question', () => {
    const u = understand('我孩子在前埔摔了头 你们怎么看的孩子', ctx);
    expect([u.intent, ...(u.requests ?? []).map((r) => r.intent)]).toContain('complaint');
    expect((u.requests ?? []).map((r) => r.intent)).not.toContain('find_slots');
    expect(understand('孩子在家摔了头怎么办', ctx).intent).toBe('knowledge');
  });
});

describe('a price per month is not an age', () => {
  it.each(['一个月三千', '一个月3000块 有点贵', '每个月要两千', '一个月多少钱'])('%s', (text) => {
    expect(parseAge(text).childAgeMonths).toBeUndefined();
  });
  it('an age in months still is', () => {
    expect(parseAge('宝宝一个月了').childAgeMonths).toBe(1);
    expect(parseAge('三个月 可以去吗').childAgeMonths).toBe(3);
  });
});
