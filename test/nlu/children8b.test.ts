import { describe, expect, it } from 'vitest';
import { findChildMention, parseOrderedName } from '../../src/nlu/parseChildren.ts';
import { parseChildName } from '../../src/nlu/parseChildName.ts';
import { understand } from '../../src/nlu/understand.ts';

describe('a cancel that keeps one of three children', () => {
  it('does not pick the child whose booking is kept', () => {
    expect(findChildMention('周六那两个都取消 三三周日的留着', ['一一', '二二', '三三'])).toBeUndefined();
    expect(findChildMention('周六的都取消 三三的别取消', ['一一', '二二', '三三'])).toBeUndefined();
  });
  it('still picks a child named to cancel', () => {
    expect(findChildMention('三三周日的取消', ['一一', '二二', '三三'])).toEqual({ name: '三三' });
    expect(findChildMention('果果的取消 朵朵的留着', ['朵朵', '果果'])).toEqual({ name: '果果' });
  });
});

describe('a sibling word before 叫 names the child', () => {
  it.each([
    ['妹妹叫语彤 2025年3月18日出生 也帮她登记', '语彤'],
    ['弟弟叫小安 2025/12/3', '小安'],
    ['老二叫果果 2025年10月2日生的', '果果'],
  ])('%s', (text, name) => {
    expect(parseChildName(text, text)).toBe(name);
  });
});

describe('a birth-order word followed by what happens names nobody', () => {
  it.each(['老大带去的时候 弟弟可以一起去吗 他才4个月', '老大去了以后 老二呢', '老大上的那个班好吗'])('%s', async (text) => {
    const { parseOrderedName } = await import('../../src/nlu/parseChildren.ts');
    expect(parseOrderedName(text)?.name).toBeUndefined();
  });
  it('still reads "还有老二宁宁"', () => {
    expect(parseOrderedName('还有老二宁宁')?.name).toBe('宁宁');
  });
});

describe('several children with birth dates and a search in one message', () => {
  const ctx = { now: new Date('2026-11-25T10:00:00+08:00'), timeZone: 'Asia/Shanghai' }; // a Wednesday
  it('the birth dates are not the day asked for: Sunday in Huli is', () => {
    const u = understand('I have two kids, Leo born 2024-03-02 and Mia born 2025-06-10. Any spots Sunday in Huli?', ctx);
    expect(u.slots.children?.map((c) => c.name)).toEqual(['Leo', 'Mia']);
    expect(u.slots.dateRange).toEqual({ from: '2026-11-29', to: '2026-11-29' });
    expect(u.slots.district).toBe('huli');
  });
  it('registering two children and nothing else asks for no day', () => {
    const u = understand('大宝朵朵2024-01-20 二宝果果2024-11-11 都登记一下', ctx);
    expect(u.slots.children).toHaveLength(2);
    expect(u.slots.dateRange).toBeUndefined();
  });
});
