import { describe, expect, it } from 'vitest';
import { understand } from '../../src/nlu/understand.ts';

const ctx = { now: new Date('2026-11-30T10:00:00+08:00'), timeZone: 'Asia/Shanghai' };

/**
 * Parenting questions that share words with requests: a child hitting or getting angry is behaviour, not a
 * complaint; the languages a family speaks are not a language switch; "叫他…" is no name; a jab today is no
 * search. The real requests beside them stay requests.
 */
describe('parenting questions are answered as parenting questions', () => {
  it.each([
    '两岁多的娃一生气就打我脸 我该怎么办',
    '他老是打我脸',
    '女儿一生气就咬我',
    '老大打了老二 我该罚他吗',
    '孩子只爱喝饮料',
    '在家跟他说英语好还是说普通话',
    '我们想从小在家跟他说英语 出去说普通话 会不会让孩子两种都学不好',
    'I speak English, my wife speaks Mandarin — will he be confused?',
    'we speak English at home and grandma talks to him in Minnan, is that too many languages?',
    'should I talk to him in english or mandarin',
    '叫他穿鞋出門就哭',
    '小孩兩歲 什麼都說不要 叫他穿鞋出門也不要 每天出門都像打仗',
    "got his jabs today and he's grizzly, normal?",
    "can I get my 6 month old's ears pierced",
    'older daughter keeps trying to sit on the baby',
    // (Round 18: a grandparent's rule about siblings names no child; a month ahead is when nursery starts, not a search.)
    '奶奶说要哥哥让着妹妹 这样好吗',
    '阿公說姊姊要讓妹妹 對嗎',
    '下个月要上幼儿园了 孩子作息要怎么调',
  ])('%s', (text) => {
    const u = understand(text, ctx);
    expect(u.intent).toBe('knowledge');
    expect(u.slots.language).toBeUndefined();
    expect(u.slots.childName).toBeUndefined();
  });
});

describe('the requests beside them stay requests', () => {
  it.each([
    ['我很生气 你们老师太凶了', 'complaint'],
    ['孩子在你们那被打了 我很生气', 'complaint'],
    ['请用英语', 'switch_language'],
    ['说中文', 'switch_language'],
    ['can you speak english', 'switch_language'],
    ['I only speak English', 'switch_language'],
    ["I'm at home, english please", 'switch_language'],
    ['reply in english', 'switch_language'],
    ['any slots today?', 'find_slots'],
    ['Could the older one go somewhere in Siming on Saturday afternoon?', 'find_slots'],
    ['my wife keeps trying to book but it fails', 'book'],
    ['叫乐乐 两岁', 'register_child'],
  ])('%s → %s', (text, intent) => {
    expect(understand(text, ctx).intent).toBe(intent);
  });

  it('a name after 叫 is still a name', () => {
    expect(understand('孩子叫乐乐', ctx).slots.childName).toBe('乐乐');
    expect(understand('叫乐乐 两岁', ctx).slots.childName).toBe('乐乐');
  });
});
