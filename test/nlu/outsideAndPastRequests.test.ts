import { describe, expect, it } from 'vitest';
import { parseDates } from '../../src/nlu/parseDates.ts';
import { parseOutsideRequest } from '../../src/nlu/parseOutsideRequest.ts';
import { prepareText } from '../../src/nlu/prepareText.ts';
import { understand } from '../../src/nlu/understand.ts';

const ctx = { now: new Date('2026-11-25T10:00:00+08:00'), timeZone: 'Asia/Shanghai' }; // a Wednesday

describe('requests the points do not take from parents, asked with booking words', () => {
  it.each([
    ['你们周六招不招兼职的阿姨', 'work'],
    ['你們週六缺不缺保育員 我想應徵', 'work'],
    ['你们周六 hiring 兼职吗', 'work'],
    ['Are you hiring carers this Saturday?', 'work'],
    ['any part-time jobs at the Huli point on weekends?', 'work'],
    ['Do you have any vacancies for teachers?', 'work'],
    ["I'd like to volunteer on weekends", 'work'],
    ['你們有在徵人嗎', 'work'],
    ['周六能在点里给宝宝过生日吗', 'event'],
    ['周日想在你们点给孩子办个生日会 能预约场地吗', 'event'],
    ["Can we book the room for my son's birthday party on Sunday?", 'event'],
    ["Could we host Leo's party at your centre next Saturday?", 'event'],
    ['我們公司週日想租你們的場地辦活動 要怎麼預約', 'venue'],
    ['周末可以包场吗', 'venue'],
    ['你们周末还招托育老师吗 我有保育员证 想报名', 'work'],
    ["Can I book the room at Xinyang for my daughter's birthday party on Saturday?", 'event'],
    ['這禮拜六可以預約先去你們的點參觀一下環境嗎', 'visit'],
    ['Could we have a tour of the point before we book?', 'visit'],
    ['Do you do city tours this weekend?', 'tour'],
    ['周六有没有鼓浪屿一日游', 'tour'],
  ])('%s → out of scope (%s), no search', (text, kind) => {
    const u = understand(text, ctx);
    expect(u.intent).toBe('out_of_scope');
    expect(u.slots.outOfScopeRequest).toBe(kind);
    expect(u.requests).toBeUndefined();
  });

  it.each([
    '周六我要上班 能托吗',
    '周六去参加生日会 孩子能托吗',
    "We're going to a birthday party on Saturday, can I book care?",
    'I have a job interview on Saturday morning, any places in Huli?',
    '你们招不招两岁的孩子',
    '周六上午有没有亲子活动',
    '参观完再约周六江头',
    'can we visit Jiangtou on Saturday',
    '宝宝周六过生日 想约上午的托育',
    'Any vacancies this Saturday?',
  ])('%s: the parent’s own plans or the service itself, not an outside request', (text) => {
    expect(parseOutsideRequest(prepareText(text))).toBeUndefined();
    expect(understand(text, ctx).intent).not.toBe('out_of_scope');
  });
});

describe('booking a day that has passed', () => {
  it.each(['上周六的还能补约吗 那天有事没去成', '上禮拜六的可以補約嗎', 'Can I still book for last Sunday? We missed it', '昨天的还能约吗'])(
    '%s is a search (which says the day is over)',
    (text) => {
      const u = understand(text, ctx);
      expect(['find_slots', 'book']).toContain(u.intent);
      expect(u.slots.dateRange!.to < '2026-11-25').toBe(true);
    },
  );

  it('a missed session asked about as a consequence stays a question', () => {
    expect(understand('上周六约了没去 会不会影响下次预约', ctx).intent).toBe('knowledge');
  });
});

describe('a weekday said apart from the one calendar day it falls on', () => {
  const read = (t: string) => parseDates(prepareText(t), ctx.now, ctx.timeZone).dateRange;
  it('counts one week per 下', () => {
    expect(read('下下下周六可以约吗')).toEqual({ from: '2026-12-19', to: '2026-12-19' });
    expect(read('下下周六')).toEqual({ from: '2026-12-12', to: '2026-12-12' });
  });
  it('names that day again', () => {
    expect(read('能约到下个月20号吗 周日 集美')).toEqual({ from: '2026-12-20', to: '2026-12-20' });
    expect(read('12月6号吗 周日')).toEqual({ from: '2026-12-06', to: '2026-12-06' });
  });
  it('joined as another day, or a different weekday, still widens the range', () => {
    expect(read('周日或者12月20号')).toEqual({ from: '2026-11-29', to: '2026-12-20' });
    expect(read('周六 还有12月12号')).toEqual({ from: '2026-11-28', to: '2026-12-12' });
    expect(read('12月6号 不是周六吗')).toEqual({ from: '2026-11-28', to: '2026-12-06' });
  });
});

describe('reminders and complaints in the words parents use', () => {
  it.each(['那到时候提醒我一下', '到時候記得提醒我', '帮我设个提醒'])('%s asks for the opening reminder', (text) => {
    expect(understand(text, ctx).intent).toBe('remind_opening');
  });

  it('a complaint said first keeps the day and point after it as its story, not a search', () => {
    const u = understand('我想反映一下 禮拜六在前埔 老師都沒幫孩子換尿布 接回來整個屁屁紅紅的', ctx);
    expect(u.intent).toBe('complaint');
    expect(u.requests?.some((r) => r.intent === 'find_slots') ?? false).toBe(false);
  });

  it.each([
    '周日约了 结果服务点没开门 怎么回事',
    '禮拜天預約了結果服務點沒開 要怎麼辦',
    '你们周六那个老师态度太差了 我约的是半日托 结果孩子一直哭也不管',
    'We booked Sunday and they turned us away at the door',
  ])('%s is one complaint: no search, no look-up, no second question', (text) => {
    const u = understand(text, ctx);
    expect(u.intent).toBe('complaint');
    expect(u.requests).toBeUndefined();
  });

  it.each(['我不想跟机器说话', 'Is there anyone I can call?'])('%s asks for a person', (text) => {
    expect(understand(text, ctx).intent).toBe('human');
  });

  it('opening hours asked with a booking are still a question', () => {
    expect(understand('周日约了 服务点几点开门', ctx).intent).toBe('knowledge');
  });

  it('a complaint with a search asked after it keeps both', () => {
    const u = understand('我要投诉 另外周六湖里上午还有位吗', ctx);
    expect(u.requests?.map((r) => r.intent)).toEqual(['complaint', 'find_slots']);
  });
});
