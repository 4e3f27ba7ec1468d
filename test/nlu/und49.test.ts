import { describe, expect, it } from 'vitest';
import { findNegations } from '../../src/nlu/findNegations.ts';
import { findChildMention } from '../../src/nlu/parseChildren.ts';
import { parseService } from '../../src/nlu/parseService.ts';
import { splitSegments } from '../../src/nlu/splitRequests.ts';
import { understand } from '../../src/nlu/understand.ts';

const now = new Date('2026-11-25T02:00:00Z'); // Wednesday 10:00 in Xiamen
const ctx = { now, timeZone: 'Asia/Shanghai' };

// Round 49, und49 (test/fixtures/eval-tuning/und49.jsonl): whole conversations — the child a cancel is about, "the other"
// child among several, bookings and reminders asked in new words, corrections and reasons in mixed messages.
describe('a sibling word ends the words of the name before it (round 49)', () => {
  it.each([
    ['果果这周日要回奶奶家 她的退掉 姐姐照常去', ['朵朵', '果果'], '果果'],
    ['Mia周日去不了 她那个cancel掉 哥哥照常', ['Leo', 'Mia'], 'Mia'],
  ])('"%s" is about the child named, not the sibling kept', (text, names, child) => {
    expect(findChildMention(text, names)).toEqual({ name: child });
  });
});

describe('"the other" child, when several could be (round 49)', () => {
  it.each(['另外一个也帮我约上', '另一个也要 一样的'])('"%s" is a booking for the other child', (text) => {
    const u = understand(text, { ...ctx, childNames: ['安安', '可可', '果果'] });
    expect(u.intent).toBe('book');
    expect(u.slots.child).toEqual({ other: true });
  });
});

describe('the family bookings and reminders asked in other words (round 49)', () => {
  it.each([
    ['which reservations have we got?', ['Leo']],
    ['what sessions do we have now', ['Leo']],
    ['我现在都约了些啥', ['乐乐']],
    ['我现在都报名了些什么', ['乐乐']],
    ['周日的booking还在吗', ['乐乐']],
  ])('"%s" looks up the bookings', (text, childNames) => {
    expect(understand(text, { ...ctx, childNames }).intent).toBe('my_bookings');
  });
  it.each(['can you save me a place now?', 'could you hold one for us then'])('"%s" asks for a place (a booking)', (text) => {
    expect(understand(text, { ...ctx, childNames: ['Leo'], searching: true }).intent).toBe('book');
  });
  it.each(['那等开放了再通知我吧', '开放了记得提醒我'])('"%s" asks for the opening reminder', (text) => {
    expect(understand(text, { ...ctx, childNames: ['乐乐'] }).intent).toBe('remind_opening');
  });
  it.each(['还有其他的吗 any more?', '还有吗 other options?'])('"%s" pages the list', (text) => {
    expect(understand(text, { ...ctx, childNames: ['Leo'], searching: true }).intent).toBe('more');
  });
});

describe('corrections and reasons in a mixed message (round 49)', () => {
  it('"上午不行 afternoon吧" keeps the afternoon and denies the morning', () => {
    const n = findNegations('上午不行 afternoon吧');
    expect(n.positive).toContain('afternoon');
    expect(n.negated + n.unavailable).toContain('上午不行');
  });
  it('"早上不方便 afternoon可以" searches the afternoon', () => {
    const u = understand('早上不方便 afternoon可以', { ...ctx, childNames: ['Leo'], searching: true });
    expect(u.slots.partOfDay).toBe('afternoon');
  });
  it('the reason after a correction is no question of its own', () => {
    const u = understand('上午不行 下午吧 上午她要上早教', { ...ctx, childNames: ['乐乐'], searching: true });
    expect(u.intent).toBe('find_slots');
    expect(u.slots.partOfDay).toBe('afternoon');
    expect(u.requests).toBeUndefined();
  });
  it('a class the sibling has that day is no class asked for', () => {
    expect(parseService('是弟弟去 姐姐当天要上课')).toEqual({});
    expect(parseService('周六有没有体验课')).toEqual({ kind: 'trial_class' });
  });
  it('"还能再约" asks whether one may book again: one question, not a second booking', () => {
    expect(splitSegments('取消以后还能再约其他场次吗')).toEqual(['取消以后还能再约其他场次吗']);
  });
  it('a complaint about the assistant and a booking looked up are two requests', () => {
    const u = understand('这个真难用 按了半天都没反应 周日那个到底约上了没有', { ...ctx, childNames: ['乐乐'] });
    expect(u.requests?.map((r) => r.intent)).toEqual(['complaint', 'my_bookings']);
  });
});
