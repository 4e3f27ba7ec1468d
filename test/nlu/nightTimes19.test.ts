import { describe, expect, it } from 'vitest';
import { parsePartOfDay } from '../../src/nlu/parsePartOfDay.ts';
import { understand } from '../../src/nlu/understand.ts';

const ctx = { now: new Date('2026-11-25T10:00:00+08:00'), timeZone: 'Asia/Shanghai' };

describe('a time of the night is when something happened, not a session part of day', () => {
  it.each([
    '11pm',
    '11 pm',
    '晚上11点',
    'she was crying at 11pm last night',
    'husband works till 10pm',
    'at 7 p.m.',
    'it is 2am and he has a fever',
    '11:30pm',
  ])('%s', (text) => {
    expect(parsePartOfDay(text)).toBeUndefined();
  });
  it.each([
    ['sat 2pm', 'afternoon'],
    ['saturday 1pm', 'afternoon'],
    ['12pm', 'afternoon'],
    ['6pm', 'afternoon'],
    ['sat 10am any spots', 'morning'],
    ['周六下午3点', 'afternoon'],
  ] as const)('%s is still %s', (text, part) => {
    expect(parsePartOfDay(text)).toBe(part);
  });
  it('"she was crying at 11pm last night, is that normal?" is a question with no part of day', () => {
    const u = understand('she was crying at 11pm last night, is that normal?', ctx);
    expect(u.intent).toBe('knowledge');
    expect(u.slots.partOfDay).toBeUndefined();
  });
  it('"if a spot opens at like 11pm while I\'m asleep, do I lose it?" names no afternoon', () => {
    expect(understand("if I'm on the waitlist and a spot opens at like 11pm while I'm asleep, do I lose it?", ctx).slots.partOfDay).toBeUndefined();
  });
});

describe('a sibling word after a birth-order word is what the child does, not a name', () => {
  it.each(['老大总是不肯让弟弟玩他的玩具 怎么办', '叫老大让弟弟 他就哭', '老大陪弟弟玩的时候总抢东西'])('%s', (text) => {
    const u = understand(text, ctx);
    expect(u.slots.childName).toBeUndefined();
  });
  it('"老大叫朵朵 2023年5月1日出生" still names 朵朵', () => {
    expect(understand('老大叫朵朵 2023年5月1日出生', ctx).slots.childName).toBe('朵朵');
  });
});

describe('the reinterpretation rules keep their order and reasons', () => {
  it('every rule has a name and a reason, and names are unique', async () => {
    const { REINTERPRET_RULES } = await import('../../src/nlu/reinterpretRules.ts');
    const names = REINTERPRET_RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    for (const r of REINTERPRET_RULES) expect(r.why.length).toBeGreaterThan(20);
  });
  it('"万一出了问题找谁投诉" asks how complaints work; "老师态度太差 我要投诉 找谁投诉" stays a complaint', () => {
    expect(understand('万一出了问题找谁投诉', ctx).intent).toBe('knowledge');
    expect(understand('老师态度太差 我要投诉 找谁投诉', ctx).intent).toBe('complaint');
  });
  it('"we live in 翔安, is there a point near us? husband works in 思明" asks about points near home', () => {
    const u = understand('we live in 翔安, is there a point near us? husband works in 思明', ctx);
    expect(u.intent).toBe('point_info');
    expect(u.slots.district).toBe('xiangan');
  });
});
