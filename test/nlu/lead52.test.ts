import { describe, expect, it } from 'vitest';
import { prepareText } from '../../src/nlu/prepareText.ts';
import { understand } from '../../src/nlu/understand.ts';

const ctx = { now: new Date('2026-11-25T10:00:00+08:00'), timeZone: 'Asia/Shanghai' };

/** Round 52 (lead): questions that carry booking words, in code-mixed messages. */
describe('"book的" / "book了" inside Chinese is the booking held (约的 / 约了)', () => {
  it.each([
    ['周六book的那个半日托 需要带什么东西去?', '周六约的那个半日托'],
    ['我这周都book了哪些?', '我这周都约了哪些'],
  ])('%s', (text, want) => {
    expect(prepareText(text)).toContain(want);
  });
  it.each(['帮我book一下周六', '周六的booking取消'])('%s keeps its English verb', (text) => {
    expect(prepareText(text)).toMatch(/book/);
  });
  it('"周六book的那个 … 需要带什么" is a question, not a search', () => {
    expect(understand('周六book的那个半日托 需要带什么东西去?', ctx).intent).toBe('knowledge');
  });
  it('"我这周都book了哪些?" looks at the bookings', () => {
    expect(understand('我这周都book了哪些?', ctx).intent).toBe('my_bookings');
  });
});

describe("a booking for another family's child is a rule asked, not a search for the parent's own child", () => {
  it.each(["can I book a spot for my neighbour's little girl too? her mum doesn't use telegram", '能不能帮邻居家的孩子也约一个', '可以幫朋友的小孩預約嗎'])(
    '%s',
    (text) => {
      expect(understand(text, { ...ctx, childNames: ['Leo'] }).intent).toBe('knowledge');
    },
  );
  it("a neighbour's child only mentioned keeps the search", () => {
    expect(understand("my neighbour's kid loves it, can you find us saturday in huli", ctx).intent).toBe('find_slots');
  });
});

describe('two questions where the second asks who may come or where a point is', () => {
  it('"免费的吗? 还有几个月大的baby可以去?" is two questions', () => {
    const u = understand('免费的吗? 还有几个月大的baby可以去?', ctx);
    expect(u.requests?.map((q) => q.intent)).toEqual(['knowledge', 'can_attend']);
  });
  it('"what\'s the address of jiangtou? and is there parking nearby?" is two questions', () => {
    const u = understand("what's the address of jiangtou? and is there parking nearby?", ctx);
    expect(u.requests?.map((q) => q.intent)).toEqual(['point_info', 'knowledge']);
  });
});
