import { describe, expect, it } from 'vitest';
import { understand } from '../../src/nlu/understand.ts';

/**
 * Round 33 (par33e): code-switched and English stories that read as something else — "老二 due 在三月" is no child
 * named "Due", and a first session already arranged is the setting of a question about the goodbye, not a search.
 */
const ctx = { now: new Date('2026-11-25T10:00:00+08:00'), timeZone: 'Asia/Shanghai' };

describe('an English word after a birth-order word names nobody', () => {
  it.each(['老二 due 在三月，老大兩歲半，要怎麼 prepare 他當哥哥？', '老大 always 打老二 怎么办'])('%s', (text) => {
    const u = understand(text, ctx);
    expect(u.intent).not.toBe('register_child');
    expect(u.slots.childName).toBeUndefined();
  });
  it('"老二叫Mimi 生日是2025-06-07" still registers Mimi', () => {
    const u = understand('老二叫Mimi 生日是2025-06-07', ctx);
    expect(u.intent).toBe('register_child');
    expect(u.slots.childName).toBe('Mimi');
  });
});

describe('a first session told as what is coming asks how to prepare, not for places', () => {
  it.each([
    "our daughter is 2 and has her first session at a childcare point on Saturday. she's never been away from me. how do I make the goodbye easier?",
    'she has her first session on saturday, how do I make the goodbye easier?',
    '周六第一次去托育点 她很粘我 怎么办',
  ])('%s', (text) => {
    const u = understand(text, ctx);
    expect(u.intent).toBe('knowledge');
    expect(u.requests?.some((q) => q.intent === 'find_slots') ?? false).toBe(false);
  });
  it('places asked for a first session are still a search', () => {
    expect(understand('any places on saturday for her first session?', ctx).intent).toBe('find_slots');
  });
});

describe("another business's place near the family is the setting of a question, not a search", () => {
  it.each([
    "what age can babies start swimming lessons? there's a baby swim place near us in Siming offering from 6 months",
    '小区旁边有个婴儿游泳馆 说6个月就能去 宝宝多大可以游泳',
  ])('%s', (text) => {
    const u = understand(text, ctx);
    expect(u.intent).toBe('knowledge');
    expect(u.requests?.some((q) => q.intent === 'find_slots') ?? false).toBe(false);
  });
  it('places at our point asked for beside it are still a search', () => {
    expect(understand("there's a baby swim place near us, any places at your point in Siming on saturday?", ctx).intent).toBe('find_slots');
  });
});
