import { describe, expect, it } from 'vitest';
import { findChildMention, parseChildren } from '../../src/nlu/parseChildren.ts';
import { parseChildName } from '../../src/nlu/parseChildName.ts';
import { parseReplyName } from '../../src/nlu/parseReplyName.ts';
import { splitSegments } from '../../src/nlu/splitRequests.ts';
import { understand } from '../../src/nlu/understand.ts';

const now = new Date('2026-11-25T10:00:00+08:00'); // a Wednesday
const ctx = (childNames: string[] = []) => ({ now, timeZone: 'Asia/Shanghai', childNames });

describe('an ordinal before a name is not part of it', () => {
  it('"第一个叫小满 … 第二个叫小雪 …" registers 小满 and 小雪, in that order', () => {
    for (const text of ['我有两个娃 第一个叫小满 2024年9月1日 第二个叫小雪 2025年12月3日', '我有两个娃第一个叫小满2024年9月1日第二个叫小雪2025年12月3日']) {
      expect(parseChildren(text, now, 'Asia/Shanghai')).toEqual([
        { name: '小满', birthDate: '2024-09-01', birthOrder: 1 },
        { name: '小雪', birthDate: '2025-12-03', birthOrder: 2 },
      ]);
    }
  });
  it('"第二个叫小雪 2025年12月3日" names 小雪', () => {
    const text = '第二个叫小雪 2025年12月3日';
    expect(parseChildName(text, text, text.indexOf('2025'))).toBe('小雪');
  });
  it('"my second is called Lily" names Lily', () => {
    const text = 'And my second is called Lily, she was born on 2 Feb 2025';
    expect(parseChildName(text.toLowerCase(), text)).toBe('Lily');
  });
  it.each([
    ['my second is Mimi, 3 March 2025', 'Mimi'],
    ['Second Mimi', 'Mimi'],
    ['second one: Mimi', 'Mimi'],
    ['the youngest is Theo', 'Theo'],
    ['老二 甜甜', '甜甜'],
  ])('a reply "%s" is %s', (text, name) => {
    expect(parseReplyName(text, {})).toBe(name);
  });
  it('a child really called 妹妹, or a two-word name, is kept', () => {
    expect(parseReplyName('妹妹', {})).toBe('妹妹');
    expect(parseReplyName('Mary Ann', {})).toBe('Mary Ann');
  });
});

describe('a pet name made by doubling the last character', () => {
  it('"琪琪" is 陈思琪, not 陈思远', () => {
    expect(findChildMention('琪琪这周六上午想去思明那边', ['陈思远', '陈思琪'])).toEqual({ name: '陈思琪' });
  });
  it('is no one when two children end with that character', () => {
    expect(findChildMention('琪琪周六去', ['陈思琪', '王安琪'])).toBeUndefined();
  });
});

describe("a cancel and another child's new booking in one message", () => {
  it('"Lucas周六的cancel掉 Chloe改约周日上午集美" is Lucas\'s Saturday moved to Chloe on Sunday', () => {
    const u = understand('Lucas周六的cancel掉 Chloe改约周日上午集美', ctx(['Lucas', 'Chloe']));
    expect(u.intent).toBe('reschedule');
    expect(u.slots.movedChild).toEqual({ name: 'Lucas' });
    expect(u.slots.child).toEqual({ name: 'Chloe' });
    expect(u.slots.movedFrom).toEqual({ from: '2026-11-28', to: '2026-11-28' });
    expect(u.slots.dateRange).toEqual({ from: '2026-11-29', to: '2026-11-29' });
  });
  it('a plain English cancel is not split', () => {
    expect(splitSegments('cancel my booking please')).toEqual(['cancel my booking please']);
    expect(splitSegments('please cancel Saturday for Emma')).toEqual(['please cancel Saturday for Emma']);
  });
  it('"哥哥週日那個取消 換妹妹去 一樣的時間地點" gives the older child\'s place to the younger', () => {
    const u = understand('哥哥週日那個取消 換妹妹去 一樣的時間地點', ctx(['宥宥', '恩恩']));
    expect(u.intent).toBe('reschedule');
    expect(u.slots.movedChild).toEqual({ birthOrder: 1 });
    expect(u.slots.child).toEqual({ birthOrder: -1 });
  });
});

describe("whether the other child's booking stands", () => {
  it.each([
    ['那大宝的还在吧', ['大宝', '二宝']],
    ['哥哥的還在嗎', ['宥宥', '恩恩']],
    ["and Emma's is still on, right?", ['Emma', 'Noah']],
  ])('"%s" shows the bookings', (text, names) => {
    expect(understand(text, ctx(names)).intent).toBe('my_bookings');
  });
  it('"孩子的还在哭吗" is not a booking question', () => {
    expect(understand('孩子的还在哭吗', ctx(['宥宥', '恩恩'])).intent).not.toBe('my_bookings');
  });
});

describe('a name and a sibling word asked for together', () => {
  it('"語安跟哥哥下週六上午都要去 湖裡" is both children', () => {
    const u = understand('語安跟哥哥下週六上午都要去 湖裡', ctx(['宥宥', '語安']));
    expect(u.slots.namedChildren).toEqual(['語安']);
    expect(u.slots.orderedChildren).toEqual([1]);
    expect(u.slots.child).toBeUndefined();
  });
  it('"都想约" after two registrations asks for all of them', () => {
    const u = understand('我有两个娃 第一个叫小满 2024年9月1日 第二个叫小雪 2025年12月3日 都想约下周六上午湖里', ctx());
    expect(u.slots.allChildren).toBe(true);
  });
});

describe('a new child with a birth date and a request for a place', () => {
  it('"Second one is Leo, 1 Aug 2025 … book him Sunday morning in Huli" registers Leo first, and "second one" picks no list item', () => {
    const u = understand('Second one is Leo, 1 Aug 2025. Please add him and book him Sunday morning in Huli', ctx(['Mia']));
    expect(u.intent).toBe('register_child');
    expect(u.slots.childName).toBe('Leo');
    expect(u.slots.ordinal).toBeUndefined();
  });
});

describe('the same session for the sibling', () => {
  it.each(['and the same for his sister', 'same one for the other kid please', '另一个也约同一场'])('"%s" books', (text) => {
    expect(understand(text, ctx(['Mia', 'Leo'])).intent).toBe('book');
  });
  it('"is it the same for his brother?" is a question, not a booking', () => {
    expect(understand('is it the same for his brother?', ctx(['Mia', 'Leo'])).intent).not.toBe('book');
  });
});

describe('a correction said with an apology or "instead"', () => {
  it.each(['歹勢 我搞錯了 是禮拜六', '不好意思 我说错了 是周日', 'Hmm, can we do Jimei instead? Same time'])('"%s" corrects', (text) => {
    expect(understand(text, ctx(['朵朵', '果果'])).slots.correction).toBe(true);
  });
  it('"不好意思 周六上午湖里有位吗" is a plain search', () => {
    expect(understand('不好意思 周六上午湖里有位吗', ctx(['朵朵'])).slots.correction).toBeUndefined();
  });
});

describe("moving one child's booking, named by possessive or in the moving clause", () => {
  it('"Move Mia\'s Saturday booking to Sunday please" moves Mia\'s Saturday to Sunday', () => {
    const u = understand("Move Mia's Saturday booking to Sunday please", ctx(['Mia', 'Leo']));
    expect(u.intent).toBe('reschedule');
    expect(u.slots.child).toEqual({ name: 'Mia' });
    expect(u.slots.movedFrom).toEqual({ from: '2026-11-28', to: '2026-11-28' });
    expect(u.slots.dateRange).toEqual({ from: '2026-11-29', to: '2026-11-29' });
  });
  it("\"Leo's Saturday - can it be moved to the afternoon? Mia's stays\" is Leo's", () => {
    const u = understand("Leo's Saturday - can it be moved to the afternoon? Mia's stays", ctx(['Mia', 'Leo']));
    expect(u.intent).toBe('reschedule');
    expect(u.slots.child).toEqual({ name: 'Leo' });
    expect(u.slots.partOfDay).toBe('afternoon');
  });
  it('"朵朵和果果周六上午都在湖里约了 把果果的改到周日上午" is 果果\'s', () => {
    const u = understand('朵朵和果果周六上午都在湖里约了 把果果的改到周日上午', ctx(['朵朵', '果果']));
    expect(u.intent).toBe('reschedule');
    expect(u.slots.child).toEqual({ name: '果果' });
    expect(u.slots.movedFrom).toEqual({ from: '2026-11-28', to: '2026-11-28' });
  });
});

describe('two children each with their own day, joined by "and" / 和', () => {
  it.each([
    ['Mia Saturday morning Huli and Leo Sunday morning Jimei', ['Mia', 'Leo']],
    ['朵朵周六上午湖里和果果周日上午集美', ['朵朵', '果果']],
  ])('"%s" is two requests', (text, names) => {
    expect(splitSegments(text, names)).toHaveLength(2);
  });
  it('"Mia and Leo Saturday morning Huli" stays one request for both', () => {
    expect(splitSegments('Mia and Leo Saturday morning Huli', ['Mia', 'Leo'])).toHaveLength(1);
  });
});
