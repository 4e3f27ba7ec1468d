import { describe, expect, it } from 'vitest';
import { understand } from '../../src/nlu/understand.ts';

const ctx = { now: new Date('2026-11-25T10:00:00+08:00'), timeZone: 'Asia/Shanghai' };

const actions = (q: string) => {
  const u = understand(q, ctx);
  return [u.intent, ...(u.requests ?? []).map((r) => r.intent)].filter((i) =>
    ['find_slots', 'book', 'join_waitlist', 'can_attend', 'cancel', 'complaint', 'register_child'].includes(i),
  );
};

// Round 41 (pol41): service questions that read as a search, a booking, a cancellation, a complaint or a registration.
describe('service questions are questions, not actions', () => {
  it.each([
    // what a class is like and who stays in it
    '一小时的课 上课都干些什么 我得一直待在教室里吗',
    '可以让外婆带孩子去上音乐课吗 我本人一定要来吗',
    'What actually goes on in the sensory class? Do parents sit in the room?',
    'Can she still join the gross motor class with her glasses on?',
    // a session the point cancels
    '要是老师请假了 场次会不会取消 谁通知我 别让我白跑一趟',
    // the carers' training
    '點上顧小孩的是有證照的老師 還是志工阿姨',
    // one account for two children
    '两个娃能用一个账号约吗 还是要注册两个账号',
  ])('%s → no action', (q) => {
    expect(actions(q)).toEqual([]);
  });

  it('a manager asked for is a person', () => {
    expect(understand('不跟你说了 找个管事的来', ctx).intent).toBe('human');
  });

  it('asking for places, booking, registering or complaining outright still acts', () => {
    expect(understand('周六上午湖里有绘本课吗', ctx).intent).toBe('find_slots');
    expect(understand('帮我约周六的绘本课 我陪着', ctx).intent).toBe('book');
    expect(understand('book the music class on Sunday afternoon', ctx).intent).toBe('book');
    expect(understand('昨天白跑了一趟 也没人通知', ctx).intent).toBe('complaint');
    expect(understand('帮我登记两个孩子', ctx).intent).toBe('register_child');
  });
});
