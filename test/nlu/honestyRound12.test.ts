import { describe, expect, it } from 'vitest';
import { askedRules, asksAgeLimit } from '../../src/nlu/ruleQuestions.ts';
import { understand } from '../../src/nlu/understand.ts';

const ctx = { now: new Date('2026-11-25T10:00:00+08:00'), timeZone: 'Asia/Shanghai', childNames: ['朵朵', 'Leo'] }; // a Wednesday

describe('care that failed the child, told without the word complaint (round 12)', () => {
  it.each([
    '上周六去江头接孩子 裤子全湿了也没人给换 就让他那么坐着',
    '上周日在殿前 孩子被别的小朋友咬了一口 老师等我去接才说',
    '禮拜六去五緣灣接小孩 問老師他今天有沒有喝水 老師支支吾吾說不出來 這樣我怎麼放心',
    "The carer at Wuyuan Bay let my son walk out with another family's grandma on Saturday before anyone noticed. I need to know how that happened.",
  ])('%s → complaint', (text) => {
    expect(understand(text, ctx).intent).toBe('complaint');
  });

  it.each(['老师说他今天不太想吃东西 在家也这样 怎么办', '老师也不知道他为什么老咬人 该怎么教'])('%s stays a parenting question', (text) => {
    expect(understand(text, ctx).intent).toBe('knowledge');
  });
});

describe('a person asked for sideways (round 12)', () => {
  it.each([
    '这事跟你说不明白 你们那边有没有能做主的',
    '上周六pick up的时候 teacher连孩子有没有吃东西都不知道 很不放心 想找你们manager聊聊',
    '這種事我還是想跟那邊的人確認一下',
    'Who do I speak to about getting a no-show taken off? He was in hospital that day',
  ])('%s → a person', (text) => {
    expect(['human', 'complaint']).toContain(understand(text, ctx).intent);
  });

  it.each(['how do I avoid getting a no-show?', 'can a pause be lifted early?'])('%s stays a question', (text) => {
    expect(understand(text, ctx).intent).toBe('knowledge');
  });

  it("a point's phone number is the point's details", () => {
    expect(understand("ok - what's the Qianpu point's phone number so I can ask them?", ctx).intent).toBe('point_info');
  });
});

describe('questions with a day that are not searches (round 12)', () => {
  it.each([
    '要是约了周六上午的半日托 能不能只托两个小时就提前接走',
    '下週六那場半日托 可以只待兩小時就接走嗎',
    'if I book Saturday morning, can I pick her up after two hours?',
    '春节期间你们托育点开门吗 初三初四想送过去',
    '過年服務點有開嗎',
    'Are the points open over Chinese New Year? We are staying in Xiamen this year',
  ])('%s → a question', (text) => {
    expect(understand(text, ctx).intent).toBe('knowledge');
  });

  it('有得约吗 asks for places, not whether booking is needed', () => {
    const u = understand('元旦放假那个周六 1月2号 湖里上午有得约吗', ctx);
    expect(u.intent).not.toBe('knowledge');
    expect(u.slots.district).toBe('huli');
  });

  it.each(['这周六上午湖里还有位吗', 'Any half-day spots left in Huli this Saturday morning?'])('%s stays a search', (text) => {
    expect(understand(text, ctx).intent).toBe('find_slots');
  });
});

describe('a child near 3 asked about is the age rule (round 12)', () => {
  it.each([
    '我家孩子两岁十一个月了 下个月还能约吗 会不会超龄',
    '小芽下個月就滿三歲了 還可以去嗎',
    'Mia turns 3 next week - can she still come on Saturday 12 December?',
  ])('%s → a question, not when booking opens', (text) => {
    expect(understand(text, ctx).intent).toBe('knowledge');
    expect(askedRules(text)).not.toContain('bookingOpens');
  });

  it('下个月现在就能约吗 is still when booking opens', () => {
    expect(askedRules('下个月现在就能约吗')).toContain('bookingOpens');
  });
});

describe('a child near 3 in a parenting question is not the age rule', () => {
  it.each([
    '我家老大快3岁了 白天早就不用尿布了 可是晚上还是尿床 要紧吗',
    '快三岁了 最近说话老是重复第一个字 是不是口吃了',
    '兒子快三歲 晚上還是要包尿布 正常嗎',
  ])('%s', (text) => {
    expect(asksAgeLimit(text)).toBe(false);
  });

  it.each(['他快三岁了 还能送托吗', '快满3岁了 还可以约吗', 'my son turns 3 next month, can he still come?'])('%s stays the age rule', (text) => {
    expect(asksAgeLimit(text)).toBe(true);
  });
});
