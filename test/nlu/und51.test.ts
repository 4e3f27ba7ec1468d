import { describe, expect, it } from 'vitest';
import { findNegations } from '../../src/nlu/findNegations.ts';
import { understand } from '../../src/nlu/understand.ts';

const now = new Date('2026-11-25T02:00:00Z'); // Wednesday 10:00 in Xiamen
const ctx = { now, timeZone: 'Asia/Shanghai' };

// Round 51, und51 (test/fixtures/eval-tuning/und51.jsonl): whole conversations — two children's days in one message, a
// place said to be wrong two turns later, and the waitlist asked for in case a session is full.
describe('two children, two days, one booking word for both (round 51)', () => {
  it.each([
    ['大宝礼拜六 小宝礼拜天 都要上午 湖里 两个都帮我约了', ['大宝', '小宝'], 'huli', 'morning'],
    ['姊姊禮拜六 弟弟禮拜天 都是下午 海滄 兩個都幫我預約', ['姊姊', '弟弟'], 'haicang', 'afternoon'],
    ['Leo这周六 Mia这周日 both afternoon 集美 帮我都book上', ['Leo', 'Mia'], 'jimei', 'afternoon'],
  ])('"%s" books each child on their own day', (text, childNames, district, partOfDay) => {
    const u = understand(text, { ...ctx, childNames });
    expect(u.requests).toHaveLength(2);
    const [a, b] = u.requests!;
    expect(a!.intent).toBe('book');
    expect(b!.intent).toBe('book');
    expect(a!.slots.child).toEqual({ name: childNames[0] });
    expect(b!.slots.child).toEqual({ name: childNames[1] });
    expect(a!.slots.dateRange).toEqual({ from: '2026-11-28', to: '2026-11-28' });
    expect(b!.slots.dateRange).toEqual({ from: '2026-11-29', to: '2026-11-29' });
    for (const r of [a!, b!]) {
      expect(r.slots.district).toBe(district);
      expect(r.slots.partOfDay).toBe(partOfDay);
      expect(r.slots.allChildren).toBeUndefined();
    }
  });
  it('a child and a day told alone, among the children, is a search even when the name is a parenting word (大宝)', () => {
    const u = understand('大宝礼拜六 小宝礼拜天', { ...ctx, childNames: ['大宝', '小宝'] });
    expect(u.requests?.map((r) => r.intent)).toEqual(['find_slots', 'find_slots']);
    expect(u.intent).toBe('find_slots');
  });
  it('without the word for both, each child is searched, not booked', () => {
    const u = understand('大宝礼拜六 小宝礼拜天 上午湖里', { ...ctx, childNames: ['大宝', '小宝'] });
    expect(u.requests?.map((r) => r.intent)).toEqual(['find_slots', 'find_slots']);
  });
  it('大宝 in a question about the older child stays a question', () => {
    expect(understand('大宝老是打二宝怎么办', { ...ctx, childNames: ['大宝', '二宝'] }).intent).toBe('knowledge');
  });
});

describe('a place said to be wrong in its own clause is turned down (round 51)', () => {
  it.each([
    ['等下 我一开始说的湖里说错了 是集美', 'jimei', 'huli'],
    ['欸等等 我最前面講的思明不對 是湖裡', 'huli', 'siming'],
    ['刚才说的海沧不对 集美', 'jimei', 'haicang'],
  ])('"%s" searches the place now named', (text, district, denied) => {
    const u = understand(text, { ...ctx, childNames: ['乐乐'], searching: true });
    expect(u.intent).toBe('find_slots');
    expect(u.slots.district).toBe(district);
    expect(u.slots.negated?.district).toBe(denied);
    expect(u.slots.correction).toBe(true);
  });
  it('"不对劲" is no correction, and a bare "我说错了" masks nothing', () => {
    expect(findNegations('湖里那个老师不对劲').negated).toBe('');
    const n = findNegations('我说错了 是周日');
    expect(n.positive).toContain('周日');
  });
});

describe('the waitlist asked for in case the session is full (round 51)', () => {
  it.each([
    ["Is there room at Qianpu on Saturday morning? If it's full, put Mia on the waiting list", ['Mia']],
    ['Saturday morning in Huli for Leo? if there is no space, add him to the waitlist', ['Leo']],
  ])('"%s" is the search, not a question about the waitlist', (text, childNames) => {
    const u = understand(text, { ...ctx, childNames });
    expect(u.intent).toBe('find_slots');
    expect(u.slots.dateRange).toEqual({ from: '2026-11-28', to: '2026-11-28' });
  });
  it('how the waitlist works, asked, stays a question', () => {
    expect(understand("how does the waitlist work if it's full?", { ...ctx, childNames: ['Mia'] }).intent).toBe('knowledge');
  });
});
