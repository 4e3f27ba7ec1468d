import { describe, expect, it } from 'vitest';
import { findNegations } from '../../src/nlu/findNegations.ts';
import { understand } from '../../src/nlu/understand.ts';
import { readHealthSigns } from '../../src/safety/healthSigns.ts';

const ctx = { now: new Date('2026-11-25T02:00:00Z'), timeZone: 'Asia/Shanghai' };
const points = [
  { code: 'HL-JT', names: ['江头', 'Jiangtou'] },
  { code: 'HL-WY', names: ['五缘湾', 'Wuyuan Bay'] },
];
const underList = { ...ctx, searching: true, expecting: 'choice' as const, previousIntent: 'find_slots' as const, points };

// Round 30's leftovers and the lead's round-31 probes (test/fixtures/eval-tuning/lead31.jsonl).
describe('a point turned down under a list (round 31)', () => {
  it.each([
    '江头那个太远了 还有别的吗',
    '除了江头还有吗',
    'Jiangtou is too far for us, anything else?',
    'anything other than Jiangtou?',
    '江頭那間有點遠 有沒有別的',
  ])('"%s" searches again without that point', (text) => {
    const u = understand(text, underList);
    expect(u.intent).toBe('find_slots');
    expect(u.slots.negated?.pointCode).toBe('HL-JT');
    expect(u.slots.pointCode).toBeUndefined();
    // (The point's neighbourhood shares its name: the district stays searched.)
    expect(u.slots.negated?.district).toBeUndefined();
  });
  it('a point asked for is still the one searched', () => {
    expect(understand('江头的周六上午有位吗', underList).slots.pointCode).toBe('HL-JT');
  });
  it('"我不是说江头 是五缘湾" asks for the second point', () => {
    const u = understand('我不是说江头 是五缘湾', underList);
    expect(u.slots.pointCode).toBe('HL-WY');
    expect(u.slots.negated?.pointCode).toBe('HL-JT');
  });
  it('a district said to be too far is left out, another named is searched', () => {
    const u = understand('我们家离湖里太远了 海沧有吗', underList);
    expect(u.slots.district).toBe('haicang');
    expect(u.slots.negated?.district).toBe('huli');
  });
  it('the far clause is masked, the rest is read', () => {
    expect(findNegations('江头那个太远了 还有别的吗').negated).toBe('江头那个太远了');
    expect(findNegations('除了江头还有吗').negated).toBe('除了江头');
  });
});

describe('whether to cancel, asked (round 31)', () => {
  it.each(['要不要取消周六的', '用不用取消啊'])('"%s" is not keeping the booking', (text) => {
    expect(understand(text, ctx).intent).not.toBe('deny');
  });
  it.each(['先不要取消', '不用取消了', '别取消'])('"%s" still keeps it', (text) => {
    expect(understand(text, ctx).intent).toBe('deny');
  });
  it.each(['要不要取消周六的', '那周六的 booking 要 cancel 吗', 'should I cancel saturday?', '周六的需要取消吗'])('"%s" asks about coming to care', (text) => {
    const r = readHealthSigns(text);
    expect(r.asksCancel).toBe(true);
    expect(r.asksCare).toBe(true);
  });
  it.each(['我要取消周六的', 'cancel saturday please', '帮我取消'])('"%s" cancels, it asks nothing', (text) => {
    expect(readHealthSigns(text).asksCancel).toBe(false);
  });
});

describe('the way to a point on the list (round 31)', () => {
  it.each(['the second one - how do I get there?', 'how do we get there'])('"%s" asks where a point is', (text) => {
    expect(understand(text, underList).intent).toBe('point_info');
  });
});
