import { describe, expect, it } from 'vitest';
import { understand } from '../../src/nlu/understand.ts';

const ctx = { now: new Date('2026-11-25T10:00:00+08:00'), timeZone: 'Asia/Shanghai' }; // a Wednesday

describe('who may collect after a session, asked with the session named, is the pickup rule', () => {
  it.each([
    '半日托结束以后 可以让我们家阿姨过去接孩子吗',
    '半天托之后 我们家ayi可以去pick up宝宝吗',
    'Is our nanny allowed to collect my daughter once the morning session ends?',
    'can our ayi pick him up after the half-day session?',
  ])('%s', (text) => {
    expect(understand(text, ctx).intent).toBe('knowledge');
  });
  it('a search for a half-day session stays a search', () => {
    expect(understand('周六上午的半日托还有位吗', ctx).intent).toBe('find_slots');
  });
});

describe('medicine the child is taking, asked with a day, is the health rule', () => {
  it.each(['宝宝在吃antibiotics 周六还能送去托育点吗', '孩子在吃抗生素 周日能去吗', "She's on antibiotics, can she still come on Saturday?"])('%s', (text) => {
    expect(understand(text, ctx).intent).toBe('knowledge');
  });
});

describe('a kindergarten to recommend is outside the service, not a search of the district', () => {
  it.each(['想问一下湖里有没有推荐的国际幼儿园', '思明哪家幼儿园比较好', 'Any good international kindergartens in Huli?'])('%s', (text) => {
    const u = understand(text, ctx);
    expect(u.intent).toBe('out_of_scope');
    expect(u.slots.outOfScopeRequest).toBe('school');
  });
  it('care after kindergarten hours is not taken for it', () => {
    expect(understand('有没有幼儿园放学后的托管', ctx).slots.outOfScopeRequest).toBeUndefined();
  });
});

describe('how soon complaints are dealt with is the complaint rule asked, not a new complaint', () => {
  it.each([
    '你们一般多久会reply投诉',
    '投訴通常多久會有回覆',
    'How quickly do you normally deal with complaints?',
    'how long do you usually take on a complaint?',
    '那晚上投诉呢',
  ])('%s', (text) => {
    expect(understand(text, ctx).intent).toBe('knowledge');
  });
  it.each(['我要投诉 多久能有结果', 'I want to make a complaint, how long will it take?'])('a complaint made outright stays one: %s', (text) => {
    expect(understand(text, ctx).intent).toBe('complaint');
  });
});

describe('what is kept of messages sent to a person is the privacy rule asked, not a person asked for', () => {
  it.each(['那转人工的记录呢', '那找人工客服时候发的那些内容呢', 'And what about the messages I sent when I asked for a person?'])('%s', (text) => {
    expect(understand(text, ctx).intent).toBe('knowledge');
  });
  it.each(['我要找人工客服', '转人工', 'Can I talk to a person about my messages?'])('a person asked for stays one: %s', (text) => {
    expect(understand(text, ctx).intent).toBe('human');
  });
});

describe('the rule before asked of another session, and phoning the point during a session, are questions', () => {
  it.each(['下午场也是这样吗', '下午的場次也一樣嗎', 'is it the same for afternoon sessions?', '孩子在托育点上课的时候 我可以打电话过去问问他情况吗'])(
    '%s',
    (text) => {
      expect(understand(text, ctx).intent).toBe('knowledge');
    },
  );
  it.each(['能不能打个电话给我', '周六下午也有位吗'])('a call-back or places asked stay so: %s', (text) => {
    expect(understand(text, ctx).intent).not.toBe('knowledge');
  });
});
