import { describe, expect, it } from 'vitest';
import { readFollowUp } from '../../src/conversation/dialogue/answers/followUp.ts';
import { stemWord } from '../../src/knowledge/extractTerms.ts';
import { readHealthSigns } from '../../src/safety/healthSigns.ts';
import { understand } from '../../src/nlu/understand.ts';

/** Round 43 (lead): what parents' words mean, on Wednesday 25 Nov 2026 in Xiamen. */
const ctx = { now: new Date('2026-11-25T10:00:00+08:00'), timeZone: 'Asia/Shanghai' };

describe('two points, or both parts, of one day asked about are the rule, though the places are named', () => {
  it.each([
    '周六上午想带娃去湖里的点 下午再去思明那边另一个点 一天约两个地方可以吗',
    '上午集美 下午海沧 同一天约两个不同的点行不行',
    'can we do two different points on the same saturday? huli in the morning and siming after lunch',
  ])('%s', (text) => {
    const u = understand(text, ctx);
    expect(u.intent).toBe('knowledge');
    expect(u.requests?.every((r) => r.intent === 'knowledge') ?? true).toBe(true);
  });
  it('a plan of two searches asking nothing stays two searches', () => {
    expect(understand('周六上午湖里有位吗 下午思明呢', ctx).intent).toBe('find_slots');
  });
});

describe('"anything free" asks for places, not the cost', () => {
  it.each(['anything free in huli this saturday morning?', 'is there anything free in huli on saturday'])('%s', (text) => {
    expect(understand(text, ctx).intent).toBe('find_slots');
  });
  it('whether the sessions are free is still the cost', () => {
    expect(understand('are the sessions free?', ctx).intent).toBe('knowledge');
    expect(understand('is it free for a 2 year old?', ctx).intent).toBe('knowledge');
  });
});

describe("the child's age told beside a short question does not make it a question of its own", () => {
  it.each([
    ['要喝多少啊 他两岁', true],
    ['要喝多少啊', true],
    ['宝宝两岁了 晚上总是醒好几次怎么办', false],
  ])('%s leans: %s', (text, leans) => {
    expect(readFollowUp(text, '宝宝拉肚子 要不要喝口服补液盐').leans).toBe(leans);
  });
});

describe('hiding and hide are one word to the search', () => {
  it('reads hiding, hidden and hid as hide', () => {
    expect(new Set(['hide', 'hiding', 'hidden', 'hid'].map(stemWord)).size).toBe(1);
  });
});

describe("a bite at another setting's toddler class is not an injury at our point", () => {
  it.each([
    ['孩子在幼儿园托班被小朋友咬了一口 没破皮 就是有个牙印', false],
    ['早教中心的托班有小朋友咬了她一口', false],
    ['今天在托育点被小朋友咬了一口 有牙印 老师都没说', true],
  ])('%s at the point: %s', (text, atPoint) => {
    expect(readHealthSigns(text).atPoint).toBe(atPoint);
  });
});
