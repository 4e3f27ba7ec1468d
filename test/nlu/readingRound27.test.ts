import { describe, expect, it } from 'vitest';
import { understand } from '../../src/nlu/understand.ts';
import { parseLanguageRequest } from '../../src/nlu/parseLanguageRequest.ts';
import { readHealthSigns } from '../../src/safety/healthSigns.ts';

const ctx = { now: new Date('2026-11-25T02:00:00Z'), timeZone: 'Asia/Shanghai' };

// Round 27, the lead's fresh messages (test/fixtures/eval-tuning/lead27.jsonl): each read as what it asks.
describe('what someone else speaks is no language request (round 27)', () => {
  it.each([
    "can my helper drop off my son instead of me? she's filipino and doesn't speak chinese",
    'my nanny only speaks English, is that ok for pickup?',
    '阿姨不会说中文 可以让她来接吗',
  ])('%s', (text) => {
    expect(parseLanguageRequest(text.toLowerCase())).toBeUndefined();
    expect(understand(text, ctx).intent).not.toBe('switch_language');
  });
  it('a request to the assistant still switches', () => {
    expect(parseLanguageRequest('can you reply in chinese? my mother in law will read it')).toBe('zh');
    expect(parseLanguageRequest("i can't read chinese")).toBe('en');
  });
});

describe('a correction inside one message replaces what it corrects', () => {
  it.each([
    [
      'Is there anything on Sunday in Haicang? Actually scratch that, Jimei is closer for us',
      { district: 'jimei', dateRange: { from: '2026-11-29', to: '2026-11-29' } },
    ],
    ['anything in Haicang on Sunday? actually make it Jimei', { district: 'jimei' }],
    ['周六 哦不对 周日 湖里有位吗', { district: 'huli', dateRange: { from: '2026-11-29', to: '2026-11-29' } }],
    ['saturday morning, no wait, afternoon in huli', { partOfDay: 'afternoon', dateRange: { from: '2026-11-28', to: '2026-11-28' } }],
  ])('%s', (text, slots) => {
    const u = understand(text, ctx);
    expect(u.intent).toBe('find_slots');
    expect(u.slots).toMatchObject(slots);
  });
  it('"scratch that" is no scratch wound', () => {
    expect([...readHealthSigns('Is there anything on Sunday in Haicang? Actually scratch that, Jimei is closer').signs]).toEqual([]);
    expect([...readHealthSigns('she fell and got a scratch on her knee').signs].length).toBeGreaterThan(0);
  });
  it('"actually" that corrects nothing changes nothing', () => {
    expect(understand('is it actually free on saturday in huli', ctx).slots.district).toBe('huli');
  });
});

describe('kinship words frame a name', () => {
  it('大儿子小宝 and 闺女妞妞 register 小宝 and 妞妞, the month told for 妞妞 kept', () => {
    const u = understand('帮我登记一下 大儿子小宝 2023年8月8号 还有闺女妞妞 去年10月生的', ctx);
    expect(u.slots.children).toEqual([
      { name: '小宝', birthDate: '2023-08-08', birthOrder: 1 },
      { name: '妞妞', birthMonth: '2025-10' },
    ]);
  });
  it.each([
    ['大儿子小宝 2023年8月8号', '小宝'],
    ['小女儿叫糖糖 2024年5月1日出生', '糖糖'],
    ['我儿子豆豆 2024-3-3', '豆豆'],
  ])('%s → %s', (text, name) => {
    const u = understand(text, ctx);
    expect(u.slots.childName ?? u.slots.replyName).toBe(name);
  });
  it('an age after the kinship word is no name', () => {
    const u = understand('女儿两岁了 周六有位吗', ctx);
    expect(u.slots.replyName).toBeUndefined();
    expect(u.slots.childAgeMonths).toBe(24);
  });
});

describe('days, reasons and children in booking words', () => {
  it('再下周六 is one week after 下周六', () => {
    expect(understand('再下周六呢', { ...ctx, searching: true }).slots.dateRange).toEqual(
      understand('下下周六呢', { ...ctx, searching: true }).slots.dateRange,
    );
  });
  it.each(['乐乐那天要打疫苗 帮她取消', '乐乐周六发烧了 帮她取消吧'])('%s: the statement is why, the request is the cancel for 乐乐', (text) => {
    const u = understand(text, { ...ctx, childNames: ['乐乐', '安安'] });
    expect(u.intent).toBe('cancel');
    expect(u.slots.child).toEqual({ name: '乐乐' });
    expect(u.requests).toBeUndefined();
  });
  it('a question before a cancel is still answered', () => {
    const u = understand('乐乐发烧了能去吗 帮安安取消', { ...ctx, childNames: ['乐乐', '安安'] });
    expect(u.requests?.map((q) => q.intent)).toEqual(['knowledge', 'cancel']);
  });
  it.each(['这周日下午集美 果果去 朵朵不去', '周日集美 果果去就行 朵朵在家'])('%s: only 果果', (text) => {
    const u = understand(text, { ...ctx, childNames: ['朵朵', '果果'] });
    expect(u.slots.child).toEqual({ name: '果果' });
    expect(u.slots.namedChildren).toBeUndefined();
  });
});
