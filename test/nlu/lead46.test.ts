import { describe, expect, it } from 'vitest';
import { understand } from '../../src/nlu/understand.ts';
import { withoutChildNames } from '../../src/knowledge/childNicknames.ts';

/** Round 46 (mix46): service questions with English or Chinese words dropped in, on Wednesday 25 Nov 2026 in Xiamen. */
const now = new Date('2026-11-25T10:00:00+08:00');
const read = (text: string) => understand(text, { now, timeZone: 'Asia/Shanghai' });

describe('a mixed-language service question is a question, not a search', () => {
  it.each(['请问半日托 要 bring 什么东西', '周六半日托要pack啥', 'can my 阿姨 pick him up after half-day care?', 'my 奶奶 will collect her on saturday, ok?'])(
    '%s',
    (text) => {
      expect(read(text).intent).toBe('knowledge');
    },
  );
  it('an ask for places with the same words stays a search', () => {
    expect(read('周六半日托还有位吗 要 bring 什么').intent).toBe('find_slots');
  });
});

describe('a child named by birth order with an age is the child the question is about', () => {
  it('reads 老二 with an age as 宝宝', () => {
    expect(withoutChildNames('我家老二 6 months 了 可以喝 water 了吗')).toBe('我家宝宝 6 months 了 可以喝 water 了吗');
    expect(withoutChildNames('二宝8个月 能吃蛋黄吗')).toBe('宝宝8个月 能吃蛋黄吗');
  });
  it('keeps the birth-order words when the question is about the children together', () => {
    const t = '老大3岁 老二6个月 老大总是打老二 怎么办';
    expect(withoutChildNames(t)).toBe(t);
    expect(withoutChildNames('有了老二以后 老大3岁 天天发脾气')).toBe('有了老二以后 老大3岁 天天发脾气');
  });
});
