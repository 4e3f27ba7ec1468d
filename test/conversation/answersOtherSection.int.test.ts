import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/createApp.ts';
import type { TurnOutput } from '../../src/conversation/types.ts';
import { citedDocs, createTestApp, sayNow } from '../helpers/testApp.ts';

/**
 * Round 10 (parenting10): the fact a parent asks for often sits in another section of the document the answer
 * cites, or in the other piece of a long section; and a parent asking whether to have the child seen, without
 * naming a doctor, is answered from the section on when to see one.
 */
let app: App & { clock: { set(d: Date): void } };
let userSeq = 92500;
const ask = (text: string): Promise<TurnOutput> => sayNow(app, ++userSeq, text);
const docs = citedDocs;

beforeAll(async () => {
  app = await createTestApp();
}, 600_000);

describe('a topic word the quoted section lacks is quoted from the section that has it', () => {
  it('toe-walking, answered from when children walk, also gets the doctor sign that names it', async () => {
    const out = await ask('兒子一歲八個月 走路幾乎都是踮著腳尖走 阿公說長大就好了 需要帶去給醫生看嗎');
    expect(docs(out)).toContain('parenting-motor-milestones');
    // (Now the section on W-sitting, flat feet and toe-walking, which says when a doctor should see it.)
    expect(out.reply).toMatch(/踮腳/);
    expect(out.reply).toMatch(/醫生/);
  });
});

describe('a word other sections also use is no fact left out', () => {
  it('short-video apps: not the video-call section for sharing the word "video"', async () => {
    const out = await ask(
      "my in-laws let our 2.5 yo scroll douyin short videos for ages, they say it's just cartoons. is that different from watching a normal show?",
    );
    expect(docs(out)).toContain('parenting-screen-time');
    expect(out.reply).toMatch(/short-video|autoplay/i);
    expect(out.reply).not.toMatch(/Video calls are different/);
  });
});

describe('a long section is quoted from all its pieces', () => {
  it("switching to cow's milk: gradually, one bottle at a time", async () => {
    const out = await ask('baby turns one next week. do we switch from formula to cows milk overnight or bit by bit?');
    expect(docs(out)).toContain('parenting-toddler-nutrition');
    expect(out.reply).toMatch(/gradually|one bottle/i);
    expect(out.reply).toMatch(/whole/i);
  });
});

describe('asking whether to have the child seen is asking about a doctor', () => {
  it('这个要去看吗 after snoring: the sleep doctor section', async () => {
    const out = await ask('孩子三岁了 晚上睡觉呼噜打得跟大人一样响 嘴巴张着 有时候好像憋一下 这个要去看吗');
    expect(out.reply).toMatch(/打鼾/);
    expect(out.reply).toMatch(/儿科|医生/);
  });
  it("'who do we even see' after hitting at 3: when to get help", async () => {
    const out = await ask(
      "he's just turned 3 and the nursery says he still hits other kids pretty much daily. at what point is this not a phase anymore and who do we even see?",
    );
    expect(docs(out)).toContain('parenting-behaviour-social');
    expect(out.reply).toMatch(/after age 3|child-health doctor/i);
  });
});

describe('asking what to do is not answered with why it happens', () => {
  it('an evening crying spell and "what can I do": how to calm, not why babies cry', async () => {
    const out = await ask('my 5 week old screams every evening for ages, what can I do?');
    expect(docs(out)).toContain('parenting-crying-calming');
    expect(out.reply).not.toMatch(/Why does my baby cry so much/);
    expect(out.reply).toMatch(/hold|shush|white noise/i);
  });
  it('每天傍晚都哭很久 有什么办法哄好: a long crying spell in the words parents use, answered with how to calm', async () => {
    const out = await ask('宝宝一个半月 每天傍晚都哭很久 有什么办法哄好');
    expect(docs(out)).toContain('parenting-crying-calming');
    expect(out.reply).toMatch(/抱|嘘|白噪音/);
  });
});
