import { describe, expect, it } from 'vitest';
import { followUpChange } from '../../src/nlu/followUpChange.ts';
import { parseDates } from '../../src/nlu/parseDates.ts';
import { asksAgeLimit } from '../../src/nlu/ruleQuestions.ts';
import { understand } from '../../src/nlu/understand.ts';
import { readHealthSigns } from '../../src/safety/healthSigns.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';

const now = new Date('2026-11-25T10:00:00+08:00'); // a Wednesday
const ctx = { now, timeZone: 'Asia/Shanghai' };
const intentOf = (text: string) => understand(text, ctx).intent;

// Round 36 (pol36): questions about how the service is run and its rules, asked in parents' own words, that read as a
// search, a booking or a waitlist request.
describe('who runs the points and who is accountable', () => {
  it.each([
    "Who actually runs these childcare points? If something goes wrong, who's accountable?",
    'who is responsible if something happens at the point?',
    '这些爱邻护幼的点到底是谁在管 孩子在里面出了事找谁负责',
  ])('%s is a question', (text) => {
    expect(intentOf(text)).toBe('knowledge');
  });
});

describe('why there is a waitlist and who gets a freed place', () => {
  it.each([
    'Why is there always a waitlist? How do you decide who gets a spot when someone cancels?',
    '为什么每次都要排候补 有人取消了空出来的位子是怎么分的',
    '名额是怎么分的 按什么顺序',
  ])('%s is a question', (text) => {
    expect(intentOf(text)).toBe('knowledge');
  });

  it.each(['I want to join the waitlist for Saturday', '帮我排个候补'])('%s still joins the waitlist', (text) => {
    expect(intentOf(text)).toBe('join_waitlist');
  });
});

describe('a confirmation that never came', () => {
  it.each([
    '我周六约了个托 到现在都没收到确认消息 是不是没约上啊',
    'I booked Saturday morning but never got any confirmation message. Did it actually go through?',
    '周六那个booking我一直没收到confirmation 到底约上没有',
  ])('%s asks for the family’s bookings', (text) => {
    expect(intentOf(text)).toBe('my_bookings');
  });

  it('a booking asked for is still a booking', () => {
    expect(intentOf('帮我约周六上午湖里')).toBe('book');
  });
});

describe('a parent alone at a class, and a carer named in English words', () => {
  it.each([
    '我是爸爸 週末都是我一個人帶小孩 可以自己帶他去上親子課嗎',
    '我老公周末一个人带娃 parent-child class爸爸自己带去可以吗',
    "I'm a dad and I look after my 18 month old on my own at weekends. Can I join the parent-child classes by myself?",
    '思明那个点的teacher叫什么名字 我想先加个wechat认识一下',
  ])('%s is a question', (text) => {
    expect(intentOf(text)).toBe('knowledge');
  });

  it('places asked for are still a search', () => {
    expect(intentOf('周六湖里有位吗 没有的话帮我排候补')).toBe('find_slots');
  });
});

describe('a child who turns 3 on a day next week', () => {
  it.each(['我家闺女下礼拜二就满3周岁了 这个周六还能去吗', '下周三就满三岁了 还能约吗'])('%s asks the age limit', (text) => {
    expect(asksAgeLimit(toSimplified(text))).toBe(true);
  });

  it('a child near 3 with no service asked about is not the age limit', () => {
    expect(asksAgeLimit('快三岁了 晚上还尿床 要紧吗')).toBe(false);
  });
});

describe('"the Saturday after"', () => {
  const day = (text: string) => parseDates(text, now, 'Asia/Shanghai').dateRange;
  it('is the week after the coming Saturday', () => {
    expect(day('and the saturday after?')).toMatchObject({ from: '2026-12-05', to: '2026-12-05' });
    expect(day('what about the saturday after that?')).toMatchObject({ from: '2026-12-05', to: '2026-12-05' });
  });
  it('"after next" is two weeks on, as "next Saturday" is one', () => {
    expect(day('the saturday after next')).toMatchObject({ from: '2026-12-12', to: '2026-12-12' });
    expect(day('next saturday')).toMatchObject({ from: '2026-12-05', to: '2026-12-05' });
  });
  it('"Saturday after lunch" is still this Saturday', () => {
    expect(day('see you on saturday after lunch')).toMatchObject({ from: '2026-11-28', to: '2026-11-28' });
  });
});

describe('a cast from a fall elsewhere, asked about going to the point', () => {
  const atPoint = (text: string) => readHealthSigns(toSimplified(text).toLowerCase()).atPoint;
  it.each(['孩子前几天摔了胳膊打着石膏 这周末还能送去托育点吗', 'My son fell last week and has a cast, can he go back to the childcare point?'])(
    '%s is no injury at the point',
    (text) => {
      expect(atPoint(text)).toBe(false);
    },
  );
  it.each(['孩子在托育点摔了 胳膊肿了', '孩子在托育点摔了 还能送去吗', 'he fell at the care point and hurt his arm'])('%s still is', (text) => {
    expect(atPoint(text)).toBe(true);
  });
});

describe('after the birthday, asked after the age rule', () => {
  it.each(['那过了生日以后呢', 'and after his birthday?', '过了生日呢'])('%s changes only the age', (text) => {
    expect(followUpChange(text, {})).toBe('age');
  });
  it('a birthday cake is no age', () => {
    expect(followUpChange('那生日蛋糕呢', {})).toBeUndefined();
  });
});
