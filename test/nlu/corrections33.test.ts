import { describe, expect, it } from 'vitest';
import { findChildMention } from '../../src/nlu/parseChildren.ts';
import { parseOrdinal } from '../../src/nlu/parseOrdinal.ts';
import { understand } from '../../src/nlu/understand.ts';

const ctx = { now: new Date('2026-11-25T02:00:00Z'), timeZone: 'Asia/Shanghai' };

// The lead's round-33 probes (test/fixtures/eval-tuning/lead33.jsonl): corrections in booking conversations.
describe('a slip owned and a date given after registering corrects the birth date (round 33)', () => {
  it.each([
    ['写错了 是2024年10月1日', '2024-10-01'],
    ['不好意思 是114年3月15日才對', '2025-03-15'],
    ["sorry it's 4 March 2024", '2024-03-04'],
  ])('"%s" updates the registered child, registering nobody', (text, birthDate) => {
    const u = understand(text, { ...ctx, childNames: ['小米'] });
    expect(u.intent).toBe('update_child');
    expect(u.slots.childUpdate).toEqual({ birthDate: true });
    expect(u.slots.birthDate).toBe(birthDate);
    expect(u.slots.childName).toBeUndefined();
  });
  it('with no child registered the same words still register (nothing to correct)', () => {
    expect(understand('写错了 是2024年10月1日', ctx).intent).not.toBe('update_child');
  });
  it('a slip about a day is still a search correction', () => {
    expect(understand('不对 是周日', { ...ctx, childNames: ['小米'], searching: true }).intent).toBe('find_slots');
  });
});

describe('an item turned down is not the one picked (round 33)', () => {
  it.each([
    ['第一个不要 太远了 约第二个吧', 2],
    ['第一個太遠 第三個吧', 3],
    ['第一个算了 第二个', 2],
    ['约第一个', 1],
    ['第二个', 2],
  ])('"%s" → %i', (text, n) => expect(parseOrdinal(text)).toBe(n));
});

describe('a place named and taken back in the same message (round 33)', () => {
  it.each([
    ['Saturday morning in Haicang - sorry, Huli, not Haicang', 'huli'],
    ['周六海沧上午 不好意思 说错了 是湖里', 'huli'],
  ])('"%s" searches %s', (text, district) => {
    const u = understand(text, ctx);
    expect(u.intent).toBe('find_slots');
    expect(u.slots.district).toBe(district);
    expect(u.slots.dateRange?.from).toBe('2026-11-28');
  });
});

describe('the other child, after a correction (round 33)', () => {
  it('"等下 不是乐乐 是糖糖去" is a correction for 糖糖', () => {
    const u = understand('等下 不是乐乐 是糖糖去', { ...ctx, childNames: ['乐乐', '糖糖'], searching: true });
    expect(u.intent).toBe('find_slots');
    expect(u.slots.child).toEqual({ name: '糖糖' });
    expect(u.slots.correction).toBe(true);
  });
  it.each([
    ['不對 妹妹那天要打預防針 換哥哥去', 1],
    ['哥哥那天有事 让妹妹去', -1],
  ])('"%s": the sibling busy that day is why the other goes', (text, order) => {
    expect(findChildMention(text, ['承恩', '芊芊'])).toEqual({ birthOrder: order });
  });
  it('a cancel that names one sibling busy still cancels that sibling', () => {
    expect(findChildMention('妹妹那天要打预防针 取消妹妹的', ['承恩', '芊芊'])).toEqual({ birthOrder: -1 });
  });
});

describe('a booking said to be at the wrong place is moved (round 33)', () => {
  it('"我們禮拜六那個預約 地點弄錯了 應該是集美" is a move to Jimei', () => {
    const u = understand('我們禮拜六那個預約 地點弄錯了 應該是集美', { ...ctx, childNames: ['安安'] });
    expect(u.intent).toBe('reschedule');
    expect(u.slots.district).toBe('jimei');
  });
});

describe('大寶 / 小寶 told with birth dates are the names (round 33)', () => {
  it('"大寶 2024-01-01 小寶 2025-01-01" registers both', () => {
    const u = understand('大寶 2024-01-01 小寶 2025-01-01', ctx);
    expect(u.intent).toBe('register_child');
    expect(u.slots.children?.map((c) => [c.name, c.birthDate])).toEqual([
      ['大寶', '2024-01-01'],
      ['小寶', '2025-01-01'],
    ]);
  });
});

describe('"first time" doing something is no pick from a list (round 33)', () => {
  it('"First time dropping him off this Saturday (he\'s 2), what do I need to pack?" is a question', () => {
    const u = understand("First time dropping him off this Saturday (he's 2), what do I need to pack? so nervous haha", ctx);
    expect(u.slots.ordinal).toBeUndefined();
    expect(u.intent).toBe('knowledge');
  });
  it('"book the first time slot" still picks the first', () => expect(parseOrdinal('book the first time slot')).toBe(1));
});

// The lead's second round-33 probe file (lead33b.jsonl).
describe('more corrections (round 33, lead33b)', () => {
  it('"12月5号 哦不 12月6号 集美上午有位吗" searches 6 December', () => {
    expect(understand('12月5号 哦不 12月6号 集美上午有位吗', ctx).slots.dateRange).toEqual({ from: '2026-12-06', to: '2026-12-06' });
  });
  it('"sorry, not half day - the 1-hour class" searches a trial class', () => {
    const u = understand('sorry, not half day - the 1-hour class', { ...ctx, searching: true, childNames: ['Ava'] });
    expect(u.intent).toBe('find_slots');
    expect(u.slots.kind).toBe('trial_class');
    expect(u.slots.negated).toEqual({ kind: 'half_day' });
  });
  it('"上午不行 她要睡觉 下午吧" under a list is the afternoon searched, not a sleep question', () => {
    const u = understand('上午不行 她要睡觉 下午吧', { ...ctx, searching: true, childNames: ['小鱼'] });
    expect(u.intent).toBe('find_slots');
    expect(u.slots.partOfDay).toBe('afternoon');
    expect(u.slots.negated?.partOfDay).toBe('morning');
  });
  it('"刚才那个改成下周同一时间" moves the booking a week on', () => {
    const u = understand('刚才那个改成下周同一时间', { ...ctx, childNames: ['豆豆'] });
    expect(u.intent).toBe('reschedule');
    expect(u.slots.weekShift).toBe(1);
    expect(u.slots.dateRange).toBeUndefined();
  });
  it('"剛剛那個取消 改約下禮拜六同一個時間" is one move to 5 December, not a cancel beside a search', () => {
    const u = understand('剛剛那個取消 改約下禮拜六同一個時間', { ...ctx, childNames: ['安安'] });
    expect(u.intent).toBe('reschedule');
    expect(u.slots.dateRange).toEqual({ from: '2026-12-05', to: '2026-12-05' });
    expect(u.requests ?? []).toHaveLength(0);
  });
  it('"下周同一时间还能约吗" is still a search, asked', () => {
    expect(understand('下周同一时间还能约吗', { ...ctx, childNames: ['豆豆'] }).intent).not.toBe('reschedule');
  });
});
