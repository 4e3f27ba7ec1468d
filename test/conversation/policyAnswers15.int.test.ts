import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/createApp.ts';
import type { TurnOutput } from '../../src/conversation/types.ts';
import { citedDocs, createTestApp, sayNow } from '../helpers/testApp.ts';

/**
 * Round 15 policy answers: a point's premises the base has no details of (an outdoor playground) are said plainly from the
 * practical questions, not answered with outdoor play at home; the collector's ID answer says to name them ahead; a
 * grandparent staying at a community shared point, who runs the points, the first visit's documents after a Taiwan
 * family's eligibility, and a question asked on a condition ("我想投诉的话…") each get their own section.
 */
let app: App & { clock: { set(d: Date): void } };
let userSeq = 75000;

const say = (userId: number, text: string): Promise<TurnOutput> => sayNow(app, userId, text);
const docs = citedDocs;

beforeAll(async () => {
  app = await createTestApp();
}, 180_000);

describe('service questions get their own section', () => {
  // (Since round 22 a point's outdoor space is one of the things only the point knows, said with its phone and staff —
  // the practical-questions section said the same in more words.)
  it('an outdoor playground at a point: not covered, phone the point — not outdoor play at home', async () => {
    const out = await say(++userSeq, 'Does any of the points have an outdoor playground? My son loves climbing frames');
    expect(docs(out)).not.toContain('parenting-play-reading');
    expect(out.reply).toMatch(/don't have information/i);
    expect(out.reply).toMatch(/outdoor space/i);
    expect(out.reply).toMatch(/phone the point/i);
  });

  it('what a grandmother collecting needs: ID, and her name and phone given at drop-off', async () => {
    const out = await say(++userSeq, '这周六是我婆婆去接孩子 她需要带什么吗');
    expect(docs(out)).toContain('policy-pickup-safety');
    expect(out.reply).toMatch(/证件/);
    expect(out.reply).toMatch(/姓名和电话/);
  });

  it('"那共享型的可以讓阿嬤陪孩子去嗎" after the two kinds of point: yes, grandparents may be the adult who stays', async () => {
    const id = ++userSeq;
    await say(id, '社區共享型跟機構嵌入型差在哪裡');
    const out = await say(id, '那共享型的可以讓阿嬤陪孩子去嗎');
    expect(docs(out)).toContain('service-point-types');
    expect(out.reply).toMatch(/爺爺奶奶|外公外婆|保姆/);
  });

  it("\"那第一次去要帶什麼證件\" after a Taiwan family's eligibility: the first visit's documents, not the collector's ID", async () => {
    const id = ++userSeq;
    await say(id, '我們是從台灣過來的 孩子沒有大陸戶口 也可以用嗎');
    const out = await say(id, '那第一次去要帶什麼證件');
    expect(out.reply).toMatch(/接種/);
    expect(out.reply).toMatch(/台胞證|出生證明|護照/);
  });

  it('who runs the points: government-led, bought from registered institutions', async () => {
    const out = await say(++userSeq, 'Who actually runs these places? Is it some private company?');
    expect(docs(out)).toContain('service-overview');
    expect(out.reply).toMatch(/government/i);
  });

  it('"我想投訴的話 大概多久會有人回覆": the complaint targets, answered with no ticket opened', async () => {
    const out = await say(++userSeq, '我想投訴的話 大概多久會有人回覆');
    expect(docs(out)).toContain('policy-contact-complaints');
    expect(out.reply).toMatch(/1個工作日|一個工作日/);
    expect(out.escalated).toBe(false);
  });
});
