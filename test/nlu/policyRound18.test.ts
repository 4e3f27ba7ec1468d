import { describe, expect, it } from 'vitest';
import { findNegations } from '../../src/nlu/findNegations.ts';
import { askedRules } from '../../src/nlu/ruleQuestions.ts';
import { splitSegments } from '../../src/nlu/splitRequests.ts';
import { understand } from '../../src/nlu/understand.ts';

const ctx = { now: new Date('2026-11-25T10:00:00+08:00'), timeZone: 'Asia/Shanghai' }; // a Wednesday

// Round 18 (outside writers): questions read as bookings, and words read as children's names.
describe('questions about the service are not searches', () => {
  it.each([
    '周末托育是全天的吗 能不能放一整天 我们两个周六都要上班',
    'Is it full day daycare? I need Monday to Friday 8 to 6 when I start my new job in January',
    '湖裡那個點的老師叫什麼名字 是不是有一個姓林的老師 我朋友說很好',
    '請問湖裡的托育點有沒有護理師或保健醫生在現場？有沒有AED？我兒子有熱性痙攣病史 想先確認',
    'which teacher will take care of my daughter on Sunday? what is her name?',
    'the Sat morning in 思明 is full, if I join waitlist how I know I get the place?',
    'can I book Saturday and Sunday, both morning and afternoon, for my twins? they are 26 months',
    '2歲女兒每天晚上11點才睡 早上9點起 下個月要上幼幼班了 要怎麼調作息',
    'first time she will go to the weekend care at the community point, 2 yrs old, she never left me before. how I prepare her?',
  ])('%s', (text) => {
    const u = understand(text, ctx);
    expect(u.intent).toBe('knowledge');
    expect(u.requests?.some((r) => r.intent === 'find_slots' || r.intent === 'book') ?? false).toBe(false);
  });
  it('places asked for on a day stay a search', () => {
    expect(understand('周六湖里有没有位', ctx).intent).toBe('find_slots');
  });
});

describe('what a cancellation costs and how a waitlist place is told are the rules', () => {
  it.each(['约了周六上午 临时有事 现在取消要扣什么吗', '取消要罚钱吗', 'if I cancel is there some penalty?', 'will cancelling now cost me anything?'])(
    '%s',
    (text) => {
      expect(askedRules(text)).toContain('cancelDeadline');
    },
  );
  it.each(['if I join waitlist how I know I get the place?', '排候补的话怎么知道排到了'])('%s', (text) => {
    expect(askedRules(text)).toContain('waitlistHold');
  });
});

describe('how complaints work, asked before anything happened, is a question', () => {
  it.each(['who I can complain to if something wrong happen at the point? just asking before we go', '万一托育点出了问题 找谁投诉'])('%s', (text) => {
    expect(understand(text, ctx).intent).toBe('knowledge');
  });
  it('a grievance told with it stays a complaint', () => {
    expect(understand('我要投诉 上周六在海沧那个点 老师对我女儿很凶 还拽她胳膊 回来胳膊都红了', ctx).intent).toBe('complaint');
  });
});

describe('whether a district has points', () => {
  it('asked of the district itself', () => {
    const u = understand('我們住翔安 感覺很偏 翔安也有愛鄰護幼的點嗎？', ctx);
    expect(u.intent).toBe('point_info');
    expect(u.slots.district).toBe('xiangan');
  });
  it('the district they live in, not where the husband works', () => {
    const u = understand('we live in 翔安, is there a point near us or only on the island? husband works in 思明', ctx);
    expect(u.intent).toBe('point_info');
    expect(u.slots.district).toBe('xiangan');
  });
});

describe('words that are not children', () => {
  it('"是不是" after a carer\'s name asked is no child called 不', () => {
    expect(understand('湖裡那個點的老師叫什麼名字 是不是有一個姓林的老師', ctx).slots.childName).toBeUndefined();
  });
  it('what the eldest is told to do is no name', () => {
    const u = understand('阿嬤說要叫老大讓弟弟 這樣對嗎', ctx);
    expect(u.intent).not.toBe('register_child');
    expect(u.slots.childName).toBeUndefined();
  });
  it('a name after a birth-order word still is one', () => {
    expect(understand('老大果果 2023年5月1日', ctx).slots.childName).toBe('果果');
  });
});

describe('care asked for because the parent is away that day', () => {
  it('keeps the day and the age', () => {
    const u = understand('我孙女才4个月能不能送去那个爱邻护幼周末我们要回老家喝喜酒带着不方便', ctx);
    expect(u.slots.childAgeMonths).toBe(4);
    expect(u.slots.negated).toBeUndefined();
  });
  it('a day the parent cannot make, with another day asked, is still masked', () => {
    expect(findNegations('周六要回老家，周日有位吗').unavailable).toContain('周六');
  });
});

describe('two numbered requests', () => {
  it('the fish question and the booking are both heard', () => {
    const u = understand('two things: 1) is it ok give 1 yo baby fish? we eat lot of seafood in xiamen. 2) also I want to book sat 5 Dec morning', ctx);
    expect(u.requests?.map((r) => r.intent)).toEqual(['knowledge', 'book']);
    expect(splitSegments('1) is it ok? 2) also book Saturday')[0]).toBe('is it ok?');
  });
  it('"yo" after an age is no greeting', () => {
    expect(understand('is it ok give 1 yo baby fish?', ctx).intent).not.toBe('greeting');
    expect(understand('yo', ctx).intent).toBe('greeting');
  });
});

describe('what happens at a point, asked with a part of the day', () => {
  it('"all morning" is how long, not a search', () => {
    expect(understand('what will they do with the children at the point all morning?', ctx).intent).toBe('knowledge');
  });
});
