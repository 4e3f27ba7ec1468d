import { describe, expect, it } from 'vitest';
import { parseLanguageRequest } from '../../src/nlu/parseLanguageRequest.ts';
import { prepareText } from '../../src/nlu/prepareText.ts';

describe('the people at the point named in English inside a Chinese question are asked about, not a language switch', () => {
  it.each(['你们那边的 staff 会讲英文吗', 'teacher 能说 English 吗 我女儿只会一点中文', '那边的 ayi 会不会说英语'])('%s', (text) => {
    expect(parseLanguageRequest(prepareText(text))).toBeUndefined();
  });
  it.each([
    ['可以说英文吗', 'en'],
    ['请用中文回答', 'zh'],
  ] as const)('%s still asks the bot', (text, lang) => {
    expect(parseLanguageRequest(prepareText(text))).toBe(lang);
  });
});

import { understand } from '../../src/nlu/understand.ts';
import { behaviourAskedBesides } from '../../src/nlu/behaviourAskedBesides.ts';

const ctx = { now: new Date('2026-11-25T10:00:00+08:00'), timeZone: 'Asia/Shanghai' };

describe('care around a birth asked is a question, not the coming weekend’s places', () => {
  it.each([
    '老二预产期在月底 到时候我住院 周末大宝能不能先送到托育点',
    '我下个月要生老二了 老大两岁 生的那几天周末可以把老大放你们那边托一下吗',
    "I'm due in two weeks, can my 2 year old go to the weekend care while I'm in hospital?",
  ])('%s', (text) => {
    const u = understand(text, ctx);
    expect(u.intent).toBe('knowledge');
    expect(u.slots.dateRange).toBeUndefined();
  });
  it('a place named with it stays a search', () => {
    expect(understand('周六上午湖里有位置吗 我快生了', ctx).intent).toBe('find_slots');
  });
});

describe('a claim about the child weighed is no class search', () => {
  it('sensory integration dysfunction, is that real?', () => {
    const u = understand(
      'An early learning centre assessed my 2 year old and said he has sensory integration dysfunction and needs their expensive sensory classes. Is that a real thing?',
      ctx,
    );
    expect(u.intent).toBe('knowledge');
  });
  it('a sensory class this weekend is still searched', () => {
    expect(understand('any sensory classes this weekend?', ctx).intent).toBe('find_slots');
  });
});

describe('fighting asked beside an incident', () => {
  it('finds the clause that asks it, with the fighting told', () => {
    expect(behaviourAskedBesides('姐姐把弟弟手咬了 有点破皮 她俩一天到晚抢东西打架 怎么让她们别打了')[0]).toBe('她俩一天到晚抢东西打架 怎么让她们别打了');
    expect(behaviourAskedBesides('He bit his sister. They fight over toys constantly. How do I get them to stop fighting?')[0]).toContain('stop fighting');
  });
  it('asks nothing when only the incident is told', () => {
    expect(behaviourAskedBesides('孩子摔了一跤 头上起了个包 怎么办')).toEqual([]);
  });
});
