import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/createApp.ts';
import type { TurnOutput } from '../../src/conversation/types.ts';
import { citedDocs, createTestApp, sayNow } from '../helpers/testApp.ts';

/**
 * Round 14, from the lead's parenting probes (parenting14): "should we see a doctor?" is the kind of answer wanted,
 * not the topic (every document's doctor section shares those words); a section for younger children does not answer
 * for an older child; a heading naming the question's key word is not left for a listed question only a little
 * closer; a parent asking what to do about their child is not searched for the day their story names.
 */
let app: App & { clock: { set(d: Date): void } };
let userSeq = 94400;

const ask = (text: string): Promise<TurnOutput> => sayNow(app, ++userSeq, text);

beforeAll(async () => {
  app = await createTestApp();
}, 600_000);

describe('asking whether to see a doctor', () => {
  it('bedwetting at three: the bedwetting section (common before 5), not the toilet-training doctor list', async () => {
    const out = await ask('小孩三歲了 晚上還會尿床 要不要看醫生');
    expect(citedDocs(out)).toContain('parenting-toilet-learning');
    expect(out.reply).toMatch(/5歲|五歲/);
    expect(out.reply).not.toMatch(/如廁訓練中出現哪些情況要看醫生/);
  });
  it('an 18-month-old not pointing or waving: when to see a doctor about talking, not what babies do by 12 months', async () => {
    const out = await ask("My 18-month-old still doesn't point at things or wave bye-bye. Should I worry?");
    expect(citedDocs(out)).toContain('parenting-language-milestones');
    expect(out.reply).toMatch(/doctor/i);
    expect(out.reply).not.toMatch(/\(0–12 months\)/);
  });
});

describe('the section the heading names', () => {
  it('"刚长了两颗牙 要开始刷牙了吗": when to start brushing, not when teeth come', async () => {
    const out = await ask('孩子一岁 刚长了两颗牙 要开始刷牙了吗');
    expect(citedDocs(out)).toContain('parenting-teething-oral-care');
    expect(out.reply).toMatch(/刷牙/);
    expect(out.reply).toMatch(/每天两次|早晚/);
  });
  it("an 11-month-old's whole milk is still answered by '1岁以后可以喝纯牛奶吗'", async () => {
    const out = await ask('my baby 11个月 can we give 全脂牛奶 当主要的奶吗');
    expect(citedDocs(out)).toContain('parenting-toddler-nutrition');
    expect(out.reply).toMatch(/配方|母乳/);
  });
});

describe('what to do about the child, on a day the story names', () => {
  it('bit another kid at playgroup today: the biting answer, no search', async () => {
    const out = await ask("my toddler bit another kid at playgroup today and I'm mortified. what am I supposed to do");
    expect(out.tools.map((t) => t.name)).not.toContain('search_slots');
    expect(citedDocs(out)).toContain('parenting-behaviour-social');
  });
});
