import { describe, expect, it } from 'vitest';
import { findChildMention } from '../../src/nlu/parseChildren.ts';
import { replacedSlots } from '../../src/nlu/replacedSlots.ts';
import { understand } from '../../src/nlu/understand.ts';

const now = new Date('2026-11-25T10:00:00+08:00');
const tz = 'Asia/Shanghai';
const read = (text: string, childNames: string[] = [], searching = true) => understand(text, { now, timeZone: tz, childNames, points: [], searching } as never);
const sat = { from: '2026-11-28', to: '2026-11-28' };
const sun = { from: '2026-11-29', to: '2026-11-29' };

describe('a value changed to another: the new one asked for, the old one denied', () => {
  it.each(['周六改周日', 'Saturday 改 Sunday', '週六換成週日', 'can we change saturday to sunday', '周六的，改成周日吧'])('%s → Sunday only', (text) => {
    const u = read(text);
    expect(u.slots.dateRange).toEqual(sun);
    expect(u.slots.negated?.dateRange).toEqual(sat);
  });
  it('"周六上午改下午" keeps Saturday and changes only the part of day', () => {
    const u = read('周六上午改下午');
    expect(u.slots.dateRange).toEqual(sat);
    expect(u.slots.partOfDay).toBe('afternoon');
    expect(u.slots.negated?.partOfDay).toBe('morning');
    expect(u.slots.negated?.dateRange).toBeUndefined();
  });
  it('"湖里改思明" changes the district', () => {
    const u = read('周六上午 湖里改思明');
    expect(u.slots.district).toBe('siming');
    expect(u.slots.negated?.district).toBe('huli');
  });
  it('outside a search, "what about changing it from morning to afternoon?" asks how changes work (nothing replaced)', () => {
    const u = read('and what about changing it from morning to afternoon?', [], false);
    expect(u.slots.partOfDay).toBeUndefined();
    expect(u.intent).toBe('knowledge');
  });
  it('outside a search, "can I change saturday to sunday?" is still Sunday, not both days', () => {
    expect(read('can I change saturday to sunday?', [], false).slots.dateRange).toEqual(sun);
  });
  it('"go to Huli on Saturday" replaces nothing (no change verb before "to")', () => {
    expect(replacedSlots('go to huli on saturday', { now, timeZone: tz })).toBeUndefined();
  });
  it('"换尿布" beside a day replaces nothing (nothing of a kind on both sides)', () => {
    expect(replacedSlots('周六去海沧 换尿布怎么办', { now, timeZone: tz })).toBeUndefined();
  });
});

describe('of two children named in a correction, the one busy that day is not the one asked for', () => {
  it.each([
    ['啊不對 是安安 樂樂那天要打預防針', ['安安', '樂樂'], '安安'],
    ['不对 是安安 乐乐那天有事', ['安安', '乐乐'], '安安'],
    ['sorry, Leo not Mia, Mia has her shots that day', ['Leo', 'Mia'], 'Leo'],
    ["oh wait it's for Leo, Mia has swimming that day", ['Leo', 'Mia'], 'Leo'],
    ['actually book Leo, Mia is sick', ['Leo', 'Mia'], 'Leo'],
  ])('%s → %s', (text, names, child) => {
    const u = read(text, names);
    expect(u.intent).toBe('find_slots');
    expect(u.slots.child).toEqual({ name: child });
  });
  it('a cancellation for the busy child is still that child', () => {
    expect(read('乐乐那天要打疫苗 帮她取消', ['安安', '乐乐'], false).slots.child).toEqual({ name: '乐乐' });
  });
});

describe('a booking kept is not the one changed', () => {
  it.each(['no wait, keep saturday. cancel the sunday one instead', 'keep saturday, cancel sunday', '不对 保留周六的 取消周日那个', '周六的保留 周日的取消'])(
    '%s → cancel Sunday',
    (text) => {
      const u = read(text, ['Max'], false);
      expect(u.intent).toBe('cancel');
      expect(u.slots.dateRange).toEqual(sun);
    },
  );
  it('"keep her home on saturday, can she go sunday?" searches Sunday', () => {
    const u = read('keep her home on saturday, can she go sunday?', ['Max'], false);
    expect(u.slots.dateRange).toEqual(sun);
    expect(u.slots.negated?.dateRange).toEqual(sat);
  });
});

describe('a child denied is not the child meant', () => {
  it.each([
    ['不是朵朵 是果果', ['朵朵', '果果'], { name: '果果' }],
    ['不是朵朵', ['朵朵', '果果'], { name: '果果' }],
    ['not Mia', ['Leo', 'Mia'], { name: 'Leo' }],
    ['no not for mia', ['Leo', 'Mia'], { name: 'Leo' }],
    ['不是老二 是老大', ['朵朵', '果果'], { birthOrder: 1 }],
    ['不是小的 是大的', ['朵朵', '果果'], { birthOrder: 1 }],
    ['不是小的', ['朵朵', '果果'], { birthOrder: 1 }],
    ['不是妹妹 是哥哥', ['朵朵', '果果'], { birthOrder: 1 }],
    ['朵朵不用 果果去', ['朵朵', '果果'], { name: '果果' }],
    ['要果果 不要朵朵', ['朵朵', '果果'], { name: '果果' }],
    ['不是朵朵 是豆豆', ['朵朵', '果果', '豆豆'], { name: '豆豆' }],
  ])('%s → %j', (text, names, child) => {
    expect(findChildMention(text, names)).toEqual(child);
  });
  it('in a family of three, a child only denied names none', () => {
    expect(findChildMention('不是朵朵', ['朵朵', '果果', '豆豆'])).toBeUndefined();
  });
  it('"不是朵朵和果果" denies both', () => {
    expect(findChildMention('不是朵朵和果果', ['朵朵', '果果', '豆豆'])).toBeUndefined();
  });
  it('under a list, "不是小的 是大的" searches again for the elder', () => {
    const u = read('不是小的 是大的', ['朵朵', '果果']);
    expect(u.intent).toBe('find_slots');
    expect(u.slots.child).toEqual({ birthOrder: 1 });
  });
});

describe('a week later than the days searched', () => {
  it.each(['往后推一周吧', '推迟一周', '再下一周', 'the week after', 'hmm what about the week after', 'push it back a week'])('%s → one week on', (text) => {
    const u = read(text);
    expect(u.intent).toBe('find_slots');
    expect(u.slots.weekShift).toBe(1);
    expect(u.slots.dateRange).toBeUndefined();
  });
  it('"推迟两周" is two weeks on', () => {
    expect(read('推迟两周').slots.weekShift).toBe(2);
  });
  it('"下周六" is still a day of its own', () => {
    expect(read('下周六呢').slots.weekShift).toBeUndefined();
  });
});
