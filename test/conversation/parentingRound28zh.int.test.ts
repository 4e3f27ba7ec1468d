import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/createApp.ts';
import type { TurnOutput } from '../../src/conversation/types.ts';
import { citedDocs, createTestApp, sayNow, ticketsOf } from '../helpers/testApp.ts';

/**
 * Round 28 (par28a): a distressed parent's own question is answered from its own section whichever section the distress
 * words draw first; the family's languages are not a request to switch the bot's language; a child who hits when upset
 * is a parenting question, not a complaint; "那要不要带去看 什么时候看" asks when to see a doctor about the topic before.
 */
let app: App & { clock: { set(d: Date): void } };
let userSeq = 98200;

const ask = (text: string, user = ++userSeq): Promise<TurnOutput> => sayNow(app, user, text);

beforeAll(async () => {
  app = await createTestApp();
}, 600_000);

describe('a distressed parent asking about night waking', () => {
  it('the night section first, the wellbeing section and 12356 after it (zh)', async () => {
    const out = await ask('天天带娃真的快崩溃了 女儿一岁 每天晚上醒五六次 要怎么做才能让她少醒');
    const docs = citedDocs(out);
    expect(docs[0]).toBe('parenting-sleep-routines');
    expect(docs).toContain('parenting-parent-wellbeing');
    expect(out.reply).toMatch(/12356/);
    expect(out.reply).toMatch(/夜/);
  });

  // (A known gap from round 28 to round 31 — this Traditional wording heard the wellbeing section first. Round 32 weighs the
  // question beside the parent's distress without the distress words, and the night section answers.)
  it('the night section first with the porridge section in the knowledge base (Traditional)', async () => {
    const out = await ask('兒子一歲多 晚上還是兩個小時就醒一次 我真的快崩潰了 有沒有什麼辦法');
    const docs = citedDocs(out);
    expect(docs[0]).toBe('parenting-sleep-routines');
    expect(docs).toContain('parenting-parent-wellbeing');
  });
});

describe('parenting questions that looked like something else', () => {
  it('the languages spoken at home are a language-development question, not a switch to English', async () => {
    const out = await ask('家里讲 English 和普通话 奶奶讲闽南话 孩子快两岁了 只会说几个 words 正常吗');
    expect(out.reply).not.toMatch(/reply in English/i);
    expect(citedDocs(out)[0]).toBe('parenting-language-milestones');
  });

  it('a toddler who hits when upset is a parenting question, no complaint ticket', async () => {
    const user = ++userSeq;
    const out = await ask('兩歲 一不開心就打人 連阿嬤也打 要怎麼教', user);
    expect(citedDocs(out)[0]).toBe('parenting-behaviour-social');
    expect(await ticketsOf(app, user)).toEqual([]);
  });

  it('"那要不要带去看 什么时候看" after late talking: the milestone section on when to see the doctor', async () => {
    const user = ++userSeq;
    await ask('奶奶跟孩子说闽南话 我们说普通话 孩子两岁了只会几个词 是不是语言搞混了', user);
    const out = await ask('那要不要带去看 什么时候看', user);
    expect(citedDocs(out)[0]).toBe('parenting-language-milestones');
    expect(out.reply).toMatch(/儿保|评估/);
  });
});
