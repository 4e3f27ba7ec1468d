import { describe, expect, it } from 'vitest';
import { childrenNotGoing, parseChildren } from '../../src/nlu/parseChildren.ts';
import { understand } from '../../src/nlu/understand.ts';

const ctx = { now: new Date('2026-11-25T02:00:00Z'), timeZone: 'Asia/Shanghai' };

// The lead's round-32 probes (test/fixtures/eval-tuning/lead32.jsonl).
describe('a sibling busy with a lesson or a party is why the other child goes (round 32)', () => {
  it.each([
    ['wait, make it Noah instead, Mia has swimming', ['Noah', 'Mia'], 'Noah', 'Mia'],
    ["Noah please, Mia's got a birthday party", ['Noah', 'Mia'], 'Noah', 'Mia'],
    ['不对 换安安去 乐乐那天有早教', ['安安', '乐乐'], '安安', '乐乐'],
    ['换哥哥去吧 妹妹有游泳课', ['哥哥', '妹妹'], '哥哥', '妹妹'],
  ])('"%s" searches for the child who goes', (text, names, goes, busy) => {
    const u = understand(text, { ...ctx, searching: true, previousIntent: 'find_slots', childNames: names });
    expect(u.intent).toBe('find_slots');
    expect(u.slots.child).toEqual({ name: goes });
    expect(childrenNotGoing(text, names)).toEqual([busy]);
  });
  it('a swimming lesson asked for is still outside the service', () => {
    expect(understand('帮我约周六的游泳课', ctx).slots.outOfScopeRequest).toBe('lessons');
    expect(understand('can you book Mia into swimming lessons on Saturday?', { ...ctx, childNames: ['Noah', 'Mia'] }).intent).toBe('out_of_scope');
  });
});

describe('children registered by the sibling word the family calls them (round 32)', () => {
  it('"哥哥 2024年2月1日 妹妹 2025年1月10日" registers both', () => {
    const kids = parseChildren('登记两个孩子 哥哥 2024年2月1日 妹妹 2025年1月10日', ctx.now, ctx.timeZone);
    expect(kids?.map((k) => [k.name, k.birthDate])).toEqual([
      ['哥哥', '2024-02-01'],
      ['妹妹', '2025-01-10'],
    ]);
  });
  it('a name after the sibling word is still the name', () => {
    expect(parseChildren('姐姐叫朵朵 2024年1月1日 弟弟果果 2025年3月3日', ctx.now, ctx.timeZone)?.map((k) => k.name)).toEqual(['朵朵', '果果']);
  });
});

describe('what staff failed to do at a point is a complaint (round 32)', () => {
  it.each([
    '上禮拜六去江頭 老師都沒幫我兒子換尿布 屁股整個紅掉 我要找你們負責人',
    '上周六去江头 老师都没帮我儿子换尿布 屁股都红了',
    'last Saturday at Jiangtou the teacher never changed his nappy, his bum is red raw. I want to speak to the manager',
  ])('"%s"', (text) => {
    expect(understand(text, ctx).intent).toBe('complaint');
  });
  it.each(['老师会帮忙换尿布吗', '阿姨不给宝宝喝水怎么办', 'do the teachers change nappies?'])('"%s" is a question', (text) => {
    expect(understand(text, ctx).intent).not.toBe('complaint');
  });
});
