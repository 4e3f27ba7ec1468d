import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/createApp.ts';
import type { TurnOutput } from '../../src/conversation/types.ts';
import { createTestApp, TEST_NOW } from '../helpers/testApp.ts';

/**
 * Round 9 (issue 15, answers that answer): the first answer holds the fact asked for, not a neighbouring sentence or
 * document; a question the materials do not cover is said to be so in the parent's language, not answered from the
 * other language's documents; a follow-up that only moves the age stays on the section just answered.
 */
let app: App & { clock: { set(d: Date): void } };
let userSeq = 91500;

async function say(userId: number, text: string): Promise<TurnOutput> {
  return app.core.handleTurn({ userId, now: TEST_NOW, text });
}
const ask = (text: string) => say(++userSeq, text);
const docs = (out: TurnOutput) => out.citations.map((c) => c.docId);

beforeAll(async () => {
  app = await createTestApp();
}, 600_000);

describe('a question asking when quotes the sentence with the number', () => {
  it('colic: when it peaks and eases, though that sentence only says "it"', async () => {
    const out = await ask("our 3 week old screams for hours every evening, everyone says it's colic. when does this actually get better??");
    expect(docs(out)).toContain('parenting-crying-calming');
    expect(out.reply).toMatch(/6 weeks/);
    expect(out.reply).toMatch(/3–4 months/);
  });
});

describe('Taiwan words for the things the documents name', () => {
  it('屁屁 is the bottom: nappy rash, not "not covered"', async () => {
    const out = await ask('寶寶屁屁紅紅一片 婆婆說撲爽身粉就好了 可以嗎');
    expect(docs(out)).toContain('parenting-common-concerns');
    expect(out.reply).toMatch(/護臀膏|氧化鋅/);
  });
  it('泡好的奶 is made-up formula: how long it keeps', async () => {
    const out = await ask('泡好的奶寶寶喝一半就睡著了 放了快兩個小時 醒來還可以繼續喝嗎');
    expect(docs(out)).toContain('parenting-formula-feeding');
    expect(out.reply).toMatch(/2\s*小時/);
  });
});

describe('not covered in the parent language', () => {
  it('is said so, with a person offered, not answered from an English section sharing one word', async () => {
    const out = await ask('朋友推荐给宝宝做个天赋gene test 说能测出擅长运动还是音乐 靠谱吗 要不要做');
    expect(out.citations).toEqual([]);
    expect(out.reply).not.toMatch(/英文资料/);
    expect(out.reply).toMatch(/工作人员|人工/);
  });
});

describe('a follow-up that only moves the age', () => {
  it('"and once she\'s older than that?" after sunscreen under 6 months: sunscreen from 6 months, not choking', async () => {
    const id = ++userSeq;
    await say(id, 'is it ok to put sunscreen on my 4 month old? we want to take her to the beach at Huandao Road this weekend');
    const out = await say(id, "and once she's older than that?");
    expect(out.reply).toMatch(/SPF ?15|broad-spectrum/);
    expect(out.reply).not.toMatch(/Which small objects/);
  });
});

describe('an exhausted parent asking whether to shake the baby', () => {
  it('hears never to shake, from the crying document, and is offered a person', async () => {
    const id = ++userSeq;
    await say(id, 'our 3 week old screams for hours every evening');
    const out = await say(id, "is it ok to shake him a bit to calm him down? rocking isn't working and we're exhausted");
    expect(docs(out)).toContain('parenting-crying-calming');
    expect(out.reply).toMatch(/never shake/i);
    expect(out.reply).toMatch(/12356/);
  });
});
