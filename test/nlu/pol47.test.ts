import { describe, expect, it } from 'vitest';
import { praisesCarer } from '../../src/nlu/carerPraised.ts';
import { PARENT_DISTRESS } from '../../src/nlu/lexicon/parentDistress.ts';
import { prepareText } from '../../src/nlu/prepareText.ts';
import { understand } from '../../src/nlu/understand.ts';

/** Round 47, pol47: praise, a child sent home ill, the reminder, class ages and more sessions told or asked — on Wednesday 25 Nov 2026 in Xiamen. */
const ctx = { now: new Date('2026-11-25T10:00:00+08:00'), timeZone: 'Asia/Shanghai' };

describe('praise for a carer is thanked for, not searched or booked', () => {
  it.each([
    '前埔那边的陈阿姨特别有耐心 孩子现在天天说要去 真想好好谢谢她',
    '上周六带班的老师好细心 帮我们换了衣服还拍了照片给我看',
    'the carer at the Huli point was so patient with my son last saturday, please pass on our thanks',
  ])('%s', (text) => {
    expect(understand(text, ctx).intent).toBe('thanks');
  });

  it.each(['老师好吗', '这个老师不好', '老師好不好', '老师对孩子好不好', '老师很好 但是另一个老师态度很差'])('not praise: %s', (text) => {
    expect(praisesCarer(prepareText(text))).toBe(false);
  });

  it('a grievance beside praise stays a complaint', () => {
    expect(understand('湖里的王老师很好 但是思明那个老师态度很差 我要投诉', ctx).intent).toBe('complaint');
  });
});

describe('a child sent home ill is a question, not a search or a person asked for', () => {
  it.each([
    '周日孩子在托育点吐了 老师打电话叫我去接 这次会不会记我没来',
    '老師說小孩體溫太高 叫我們提早接回家 這樣還算一次嗎',
    'the point phoned and asked me to collect my son because he had a fever, does that count as one of his weekend bookings?',
  ])('%s', (text) => {
    const u = understand(text, ctx);
    expect(u.intent).toBe('knowledge');
    expect(u.requests?.length ?? 1).toBe(1);
  });
});

describe('questions that name a booking, a class or a part of day stay questions', () => {
  it.each([
    '周日约好的那场 前一天会不会发提醒',
    'will you remind me the evening before my sunday booking?',
    '绘本课一般是给几个月的宝宝上的',
    '感统训练适合多大的孩子',
    'will the points ever add more afternoon sessions?',
    '以后会不会多开一些上午的场次',
  ])('%s', (text) => {
    expect(understand(text, ctx).intent).toBe('knowledge');
  });

  it.each([
    ['周六上午湖里有位吗', 'find_slots'],
    ['帮我约周六上午', 'book'],
    ['周日下午的感统课还有位置吗', 'find_slots'],
  ])('a request stays a request: %s', (text, intent) => {
    expect(understand(text, ctx).intent).toBe(intent);
  });
});

describe("a booking in one child's name meant for the other", () => {
  it.each([
    ['周日那个预约怎么在哥哥果果名下 本来是要给朵朵约的', ['果果', '朵朵'], '果果', '朵朵'],
    ["sunday's booking is under Leo's name but it was meant for Emma", ['Leo', 'Emma'], 'Leo', 'Emma'],
  ])('%s', (text, names, from, to) => {
    const u = understand(text, { ...ctx, childNames: names });
    expect(u.intent).toBe('reschedule');
    expect(u.slots.movedChild?.name).toBe(from);
    expect(u.slots.child?.name).toBe(to);
  });
});

describe('a carer shouting is no distress of the parent', () => {
  it('老师对孩子大吼大叫 is a grievance about the point', () => {
    expect(PARENT_DISTRESS.test(prepareText('那个点的老师对孩子大吼大叫 太过分了'))).toBe(false);
  });
  it('the parent shouting still is', () => {
    expect(PARENT_DISTRESS.test(prepareText('我今天又对孩子大吼大叫了 好内疚'))).toBe(true);
  });
});
