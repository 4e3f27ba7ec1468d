import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/createApp.ts';
import type { TurnOutput } from '../../src/conversation/types.ts';
import { citedDocs, createTestApp, sayNow } from '../helpers/testApp.ts';

/**
 * Round 18 (left18): a day out with the baby at a sight, Cantonese and colloquial sleep questions, daycare or a nanny,
 * and peanuts asked after eggs — each answered from its own section, cited, in the parent's script.
 */
let app: App & { clock: { set(d: Date): void } };
let userSeq = 98100;

const ask = (text: string, user: number): Promise<TurnOutput> => sayNow(app, user, text);
const searched = (o: TurnOutput) => o.tools.some((t) => t.name === 'search_slots');

beforeAll(async () => {
  app = await createTestApp();
}, 600_000);

describe('a day out at a sight', () => {
  it.each([
    ['周末带宝宝去鼓浪屿玩 要注意什么', /防晒|阴凉/],
    ['帶寶寶去曾厝垵要注意什麼', /防曬|陰涼/],
    ['taking my 1yo to Gulangyu on Saturday, anything to watch out for?', /carrier/],
  ])('%s: going out with a baby (sun, crowds, pram or carrier), no search', async (text, said) => {
    const out = await ask(text, ++userSeq);
    expect(citedDocs(out)).toContain('parenting-weather-travel');
    expect(out.reply).toMatch(said);
    expect(searched(out)).toBe(false);
  });
  it('the ferry ticket stays outside the service', async () => {
    const out = await ask('鼓浪屿船票怎么买 要提前订吗', ++userSeq);
    expect(out.reply).toMatch(/不在我能帮忙的范围/);
    expect(out.reply).toMatch(/船票/);
    expect(citedDocs(out)).toEqual([]);
  });
});

describe('held to sleep and fighting sleep, in Cantonese and everyday words', () => {
  it.each([
    ['BB成日要抱住先瞓 一放低就喊 點算', /睡熟|醒著|呼吸均勻/],
    ['一放下就醒 落地醒', /睡熟|醒着|呼吸均匀/],
    ['闹觉闹得厉害', /犯困的信号|困过头/],
  ])('%s', async (text, said) => {
    const out = await ask(text, ++userSeq);
    expect(citedDocs(out)).toContain('parenting-sleep-routines');
    expect(out.reply).toMatch(said);
  });
});

describe('daycare or a nanny', () => {
  it.each([
    ['托嬰中心跟保母要怎麼選', /備案/],
    ['daycare or a nanny for my 1 year old?', /ratio|registered/i],
  ])('%s: the comparison, not a search', async (text, said) => {
    const out = await ask(text, ++userSeq);
    expect(citedDocs(out)).toContain('parenting-choosing-care');
    expect(out.reply).toMatch(said);
    expect(searched(out)).toBe(false);
  });
});

describe('peanuts after eggs', () => {
  it('"那花生呢" after when eggs can start: whole peanuts and peanut butter, not the egg answer again', async () => {
    const user = ++userSeq;
    const egg = await ask('宝宝8个月了 什么时候可以吃鸡蛋', user);
    expect(egg.reply).toMatch(/不需要刻意推迟/);
    const out = await ask('那花生呢', user);
    expect(citedDocs(out)).toContain('parenting-starting-solids');
    expect(out.reply).toMatch(/整颗花生/);
    expect(out.reply).toMatch(/花生酱/);
    expect(out.reply).not.toMatch(/蛋黄/);
  });
  it('"and peanuts?" after eggs, in English', async () => {
    const user = ++userSeq;
    await ask('when can my baby have eggs?', user);
    const out = await ask('and peanuts?', user);
    expect(out.reply).toMatch(/whole peanuts/i);
    expect(out.reply).not.toMatch(/yolk/);
  });
});
