import { describe, expect, it } from 'vitest';
import { asksOtherChannel, servedWithTicketOpen } from '../../src/conversation/dialogue/escalate.ts';
import { understand } from '../../src/nlu/understand.ts';

/** Round 48, pol48: festival Saturdays, "不满一岁", a person asked to check, why afternoons, a booking question told, 12345 with a ticket open — on Wednesday 25 Nov 2026 in Xiamen. */
const ctx = { now: new Date('2026-11-25T10:00:00+08:00'), timeZone: 'Asia/Shanghai' };

describe('a Saturday or Sunday named by its festival is that one day', () => {
  it.each([
    ['元旦那个周六想送孩子去 现在能约上吗', '2027-01-02'],
    ['聖誕節那個禮拜六想帶小孩去 現在約得到嗎', '2026-12-26'],
    ['元旦那个Saturday能book吗', '2027-01-02'],
    ['元旦那个周日有托育吗', '2027-01-03'],
  ])('%s → %s', (text, day) => {
    expect(understand(text, ctx).slots.dateRange).toEqual({ from: day, to: day });
  });

  it('the festival weekend is still both days', () => {
    expect(understand('元旦那个周末有托育吗', ctx).slots.dateRange).toEqual({ from: '2027-01-02', to: '2027-01-03' });
  });

  it('this Saturday and the holiday named apart stay two mentions', () => {
    expect(understand('这周六和元旦都想约', ctx).slots.dateRange?.from).toBe('2026-11-28');
  });
});

describe('不满 before an age is "under", not a complaint', () => {
  it.each(['那不满一岁的呢', '不满6个月的宝宝能送吗', '不滿一歲的呢'])('%s', (text) => {
    expect(understand(text, ctx).intent).not.toBe('complaint');
  });
  it.each(['我对那个老师很不满', '我很不满意你们的处理'])('still a complaint: %s', (text) => {
    expect(understand(text, ctx).intent).toBe('complaint');
  });
});

describe('a person asked to check for the family is a person', () => {
  it.each(['可以請人幫我們確認一下嗎', '能不能找人帮我们问问', 'could someone check for us?', 'can someone check for me please'])('%s', (text) => {
    expect(understand(text, ctx).intent).toBe('human');
  });
  it('a check of the child is no person asked for', () => {
    expect(understand('could someone check her temperature', ctx).intent).not.toBe('human');
  });
});

describe('why the opening periods changed is a question, not a search', () => {
  it.each(['怎么现在下午也开了 以前不是只开上午吗', '为什么工作日也有场次了', 'why are there so many afternoon sessions now? mornings 都满了'])(
    '%s',
    (text) => {
      expect(understand(text, ctx).intent).toBe('knowledge');
    },
  );
  it('places asked for stay a search', () => {
    expect(understand('下午有位吗', ctx).intent).toBe('find_slots');
    expect(understand('why are there no afternoon sessions on sunday', ctx).intent).toBe('find_slots');
  });
});

describe('a question about a booking, told, is looked up (or taken by the person asked for)', () => {
  it.each(['明天的预约有点事想问', 'I have a question about our saturday booking'])('%s', (text) => {
    expect(understand(text, ctx).intent).toBe('my_bookings');
  });
  it('with a person asked for, the person takes it', () => {
    expect(understand("hi, 周末晚上 is anyone there? need to ask about tomorrow's booking", ctx).intent).toBe('human');
  });
  it('booking tomorrow is still a booking', () => {
    expect(understand('想约明天的', ctx).intent).toBe('book');
  });
});

describe('12345 asked with a ticket open is answered, not swallowed', () => {
  it.each(['是不是我直接打12345还快点', '那我還要再打12345嗎', 'ok. is there a city hotline as well?'])('%s', (text) => {
    expect(asksOtherChannel(text)).toBe(true);
    expect(servedWithTicketOpen(text)).toBe(true);
  });
  it('a complaint that names 12345 without asking is not a question', () => {
    expect(asksOtherChannel('我要打12345投诉你们')).toBe(false);
  });
});
