import { describe, expect, it } from 'vitest';
import { understand } from '../../src/nlu/understand.ts';
import { splitSegments } from '../../src/nlu/splitRequests.ts';
import { readHealthSigns } from '../../src/safety/healthSigns.ts';
import { readFollowUp, tellsOfIt } from '../../src/conversation/dialogue/answers/followUp.ts';

const ctx = { now: new Date('2026-11-25T02:00:00Z'), timeZone: 'Asia/Shanghai' };
const afterAnswer = { ...ctx, previousIntent: 'knowledge' as const };

// Round 30, the lead's fresh messages (test/fixtures/eval-tuning/lead30.jsonl): follow-ups that lean on the answer before.
describe('an age told right after an answer (round 30)', () => {
  it.each(["he's 20 months btw", '她快两岁了', '对了 他22个月'])('"%s" refines the answer, it is no search', (text) => {
    expect(understand(text, afterAnswer).intent).toBe('knowledge');
  });
  it.each([
    ["he's 20 months, any slots?", afterAnswer],
    ['our son is 3 and a half though', afterAnswer],
    ["he's 20 months btw", ctx],
    ['宝宝两岁', { ...afterAnswer, searching: true }],
  ])('"%s" stays a search', (text, c) => {
    expect(understand(text, c).intent).toBe('find_slots');
  });
});

describe('who will look after the children, asked (round 30)', () => {
  it.each(["who's the teacher at Qianpu this Saturday morning?", '周六前埔是哪个老师带', '週六是誰帶小孩'])('"%s" is a question', (text) => {
    expect(understand(text, ctx).intent).toBe('knowledge');
  });
  it('a search with a carer word in it stays a search', () => {
    expect(understand('周六上午思明有位置吗', ctx).intent).toBe('find_slots');
  });
});

describe('a day cut off from its booking verb (round 30)', () => {
  it('"…取消吧 下周日再约" keeps the day with the booking', () => {
    expect(splitSegments('周六去不了了 取消吧 下周日再约')).toEqual(['周六去不了了 取消吧', '下周日约']);
  });
  it('"取消一個 週六那個" is one cancellation, of the Saturday booking', () => {
    expect(splitSegments('取消一個 週六那個')).toEqual(['取消一個 週六那個']);
    const u = understand('取消一個 週六那個', { ...ctx, childNames: ['小芽'] });
    expect(u.intent).toBe('cancel');
    expect(u.slots.dateRange?.from).toBe('2026-11-28');
  });
  it('cancels Saturday and searches next Sunday', () => {
    const u = understand('周六去不了了 取消吧 下周日再约', { ...ctx, childNames: ['果果'] });
    expect(u.requests?.map((q) => q.intent)).toEqual(['cancel', 'book']);
    expect(u.requests?.[0]?.slots.dateRange?.from).toBe('2026-11-28');
    expect(u.requests?.[1]?.slots.dateRange?.from).toBe('2026-12-06');
  });
});

describe('prevention asked after an incident (round 30)', () => {
  it('"so this doesn\'t happen again" is no sign happening now', () => {
    expect(readHealthSigns("ok she's fine now. how should I store them so this doesn't happen again?").educational).toBe(true);
  });
  it('"it happened again" still is', () => {
    expect(readHealthSigns('she swallowed a pod again, what do I do').educational).toBe(false);
  });
});

describe('the topic told about as "it" (round 30)', () => {
  it('"it\'s bleeding a bit where he scratched" leans on the answer before as told', () => {
    const r = readFollowUp("it's bleeding a bit where he scratched", 'my son has eczema on his cheeks, what cream should we use?');
    expect(r).toMatchObject({ leans: true, signal: 'told' });
    expect(tellsOfIt("it's bleeding a bit where he scratched")).toBe(true);
  });
  it('"when does she nap" asks, it is not told', () => {
    expect(tellsOfIt('when does it close')).toBe(false);
    expect(readFollowUp('when does she nap', 'how many naps').leans).toBe(false);
  });
});

describe('a child named the way English speakers say it (round 30)', () => {
  it.each([
    ["hi I'd like to sign up my daughter, she's called Chloe and she was born on the 3rd of May last year", 'Chloe', '2025-05-03'],
    ['my son is called Ben, born 2024-05-01', 'Ben', '2024-05-01'],
    ["he's called Max and he was born 2025-01-02", 'Max', '2025-01-02'],
  ])('%s', (text, name, birthDate) => {
    const u = understand(text, ctx);
    expect(u.intent).toBe('register_child');
    expect(u.slots.childName).toBe(name);
    expect(u.slots.birthDate).toBe(birthDate);
    expect(u.slots.children).toBeUndefined();
  });
  it('two children each with their date are still both', () => {
    const u = understand('my daughter Mia born 2024-03-05 and my son Leo born 2025-06-01', ctx);
    expect(u.slots.children?.map((c) => c.name)).toEqual(['Mia', 'Leo']);
  });
});

describe('a rename asked as "改一下名字" (round 30)', () => {
  it('"果果的大名叫陈思远 改一下名字" renames 果果', () => {
    const u = understand('果果的大名叫陈思远 改一下名字', { ...ctx, childNames: ['果果'] });
    expect(u.intent).toBe('update_child');
    expect(u.slots.childUpdate).toEqual({ newName: '陈思远' });
  });
});
