import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/createApp.ts';
import type { TurnOutput } from '../../src/conversation/types.ts';
import { citedDocs, createTestApp, sayNow } from '../helpers/testApp.ts';

/**
 * Round 15 (growth15): development and behaviour answers whose first reply must carry what the parent needed. A
 * parent who tells what wears them out and asks nothing hears the wellbeing section, not the topic their story names;
 * "who would we see for that here in Xiamen?" after a late-talking answer stays on late talking; a code-switched
 * "my mom says I spoil her by holding her" is separation anxiety; a child who bit "另一个小朋友" gets what to do next time.
 */
let app: App & { clock: { set(d: Date): void } };
let userSeq = 95500;

const ask = (text: string, user = ++userSeq): Promise<TurnOutput> => sayNow(app, user, text);

beforeAll(async () => {
  app = await createTestApp();
}, 600_000);

describe('a parent at the end of their rope who asks nothing', () => {
  it('hears the wellbeing section (12356, a person), not how long toddlers sleep', async () => {
    const out = await ask(
      "I'm at the end of my rope. My 16-month-old hasn't slept more than 2 hours in a row for weeks, my husband works nights and I snapped at her today. I feel awful.",
    );
    expect(citedDocs(out)[0]).toBe('parenting-parent-wellbeing');
    expect(out.reply).toMatch(/12356/);
  });
});

describe('a follow-up that asks "for that"', () => {
  it('after a late-talking answer, who to see is the late-talking doctor section', async () => {
    const user = ++userSeq;
    const first = await ask('Our son is 26 months and says maybe 10 words. Our nanny speaks Tagalog to him and we speak English. Should we be worried?', user);
    expect(citedDocs(first)).toContain('parenting-language-milestones');
    expect(first.reply).toMatch(/50/);
    const out = await ask('ok who would we actually see for that here in Xiamen?', user);
    expect(citedDocs(out)).toContain('parenting-language-milestones');
    expect(out.reply).toMatch(/child[- ]health|hospital|hearing/i);
  });
});

describe('behaviour answers', () => {
  it('"spoil her by holding her" in a Chinese message is separation anxiety, and holding does not spoil', async () => {
    const out = await ask('宝宝7个月 特别黏我 我一离开房间她就哭 my mom says I spoil her by holding her too much 是真的吗');
    expect(citedDocs(out)).toContain('parenting-separation-anxiety');
    expect(out.reply).toMatch(/惯坏/);
  });
  it('a child who bit 另一个小朋友 at a class: what to do next time, not first aid for a bite', async () => {
    const out = await ask('宝宝一岁八个月 今天在早教班咬了另一个小朋友的手臂 老师跟我说了 下次再咬人我当场应该怎么做');
    expect(citedDocs(out)).toContain('parenting-behaviour-social');
    expect(out.reply).toMatch(/不可以咬人/);
  });
});

describe('English words a Chinese question leaves unread', () => {
  it('are left to a clearly matching section found anywhere among the passages, not only the first', async () => {
    const out = await ask('我的baby 9个月 还不会sit independently 正常吗');
    expect(citedDocs(out)).toContain('parenting-motor-milestones');
    expect(out.reply).toMatch(/9个月还不能独坐/);
  });
});
